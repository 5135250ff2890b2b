import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/program.js';
import type { CliIO } from '../../src/cli/io.js';
import { tempDir } from './helpers.js';

// Starting the workers costs seconds and hundreds of MB: a run whose every input is refused must not
// pay it. The pools the CLI starts are counted (and kept on this thread: no worker is needed here).
const started = vi.hoisted(() => ({ pools: 0 }));
vi.mock('../../src/8-corpus/pool.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/8-corpus/pool.js')>();
  return {
    ...real,
    createExtractionPool: (options: Parameters<typeof real.createExtractionPool>[0]) => {
      started.pools++;
      return real.createExtractionPool({ ...options, workers: 0 });
    },
  };
});

/** Run `extract …args --out out` in a folder of test files, counting the pools it starts. */
async function extractCounting(args: string[]): Promise<{ code: number; stderr: string; pools: number }> {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'good.txt'), '国家广播电视总局局长曹淑敏出席会议。');
  writeFileSync(path.join(dir, 'big.txt'), '国家广播电视总局局长曹淑敏出席会议。'.repeat(100));
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7]));
  mkdirSync(path.join(dir, 'empty'));
  let stderr = '';
  const io: CliIO = { stdout: () => {}, stderr: (text) => void (stderr += text), cwd: dir };
  const before = started.pools;
  const code = await run(['node', 'shiting-kg', 'extract', ...args, '--out', 'out'], io);
  return { code, stderr, pools: started.pools - before };
}

describe('inputs are checked before any worker starts', () => {
  it.each([
    ['a missing file', ['gone.txt'], { code: 1, pools: 0 }, ['shiting-kg: gone.txt: ENOENT', 'every input failed (1 file: gone.txt); nothing written']],
    ['an unknown encoding', ['good.txt', '--encoding', 'klingon'], { code: 1, pools: 0 }, ['unknown encoding "klingon"', 'every input failed (1 file: good.txt)']],
    ['a file over --max-input-mb, then a binary one', ['big.txt', 'binary.txt', '--max-input-mb', '0.001'], { code: 1, pools: 0 }, ['big.txt: is 5.3 kB, over the input limit', 'binary.txt: ', 'every input failed (2 files: big.txt, binary.txt)']],
    ['refused files before a usable one: one pool, the refusals still reported', ['gone.txt', 'good.txt'], { code: 1, pools: 1 }, ['shiting-kg: gone.txt: ENOENT', '1 of 2 files failed: gone.txt']],
  ] as [string, string[], { code: number; pools: number }, string[]][])('%s', async (_label, args, expected, messages) => {
    const result = await extractCounting(args);
    expect({ code: result.code, pools: result.pools }).toEqual(expected);
    for (const message of messages) expect(result.stderr).toContain(message);
  }, 60_000);
});
