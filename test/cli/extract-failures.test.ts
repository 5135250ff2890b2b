import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/program.js';
import { cli, tempDir } from './helpers.js';

vi.mock('../../src/5-extract/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/5-extract/index.js')>();
  return {
    ...real,
    extract: (text: string, options?: object) => {
      if (text.includes('BOOM')) throw new Error('shiting-kg: extract: cannot handle this text');
      return real.extract(text, options);
    },
  };
});

function corpus(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, '1.txt'), '国家广播电视总局局长曹淑敏出席会议。');
  writeFileSync(path.join(dir, '2.txt'), 'BOOM');
  writeFileSync(path.join(dir, '3.txt'), '中国网络视听协会在北京召开工作会。');
  return dir;
}

describe('extract failures', () => {
  it('reports a document the extractor rejects, keeps going, and exits 1', async () => {
    const dir = corpus();
    const result = await cli(['extract', '.', '--out', 'out', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('shiting-kg: 2.txt: extract: cannot handle this text\nshiting-kg: 1 of 3 files failed: 2.txt\n');
    expect(result.stdout).toMatch(/^documents: 2,/);
    expect(existsSync(path.join(dir, 'out', 'graph.json'))).toBe(true);
  });

  it('shows a progress bar on an interactive stderr, with failures logged above it', async () => {
    const dir = corpus();
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let drawn = '';
    terminal.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    let stdout = '';
    const code = await run(['node', 'shiting-kg', 'extract', '.', '--out', 'out'], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (drawn += text),
      progressStream: terminal,
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(drawn).toContain('shiting-kg: 2.txt: extract: cannot handle this text');
    expect(drawn).toMatch(/extract \[.*\] \d\/3/);
    expect(stdout).toMatch(/^documents: 2,/);
  });
});
