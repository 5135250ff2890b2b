import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capWorkers, workerHeapMb, workerMemoryMb } from '../../src/8-corpus/worker-budget.js';
import { cli, tempDir } from './helpers.js';

const TEXT = '国家广播电视总局局长曹淑敏出席会议。';

/** A FIFO in a fresh folder (mkfifo), or undefined where there is none. */
function fifo(): string | undefined {
  const file = path.join(tempDir(), 'pipe.txt');
  return spawnSync('mkfifo', [file]).status === 0 ? file : undefined;
}

describe('inputs that are not text files of a sane size', () => {
  it.each([
    ['a character device', () => '/dev/zero', 'is a character device, not a text file: refused'],
    ['a FIFO, which no one writes to', fifo, 'is a FIFO (named pipe), not a text file: refused'],
  ] as [string, () => string | undefined, string][])('%s is refused without reading', async (_label, make, message) => {
    const file = make();
    if (file === undefined || !existsSync(file)) return; // no such file here (not Linux)
    const out = tempDir();
    const result = await cli(['extract', file, '--out', out, '--workers', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('nothing written');
  }, 60_000);

  it('a file over --max-input-mb fails with the limit in the message; the others are extracted', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), TEXT.repeat(200)); // 10.8 kB
    writeFileSync(path.join(dir, 'small.txt'), TEXT);
    const result = await cli(['extract', '.', '--out', 'out', '--workers', '0', '--max-input-mb', '0.01'], dir);
    expect(result.stderr).toContain('shiting-kg: big.txt: is 10.5 kB, over the input limit of 0.01 MB');
    expect(result.stderr).toContain('1 of 2 files failed: big.txt');
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'graph.json'), 'utf8')).documents).toHaveLength(1);
  });

  it.each([['abc'], ['0'], ['-5']])('--max-input-mb %s is refused', async (value) => {
    const result = await cli(['extract', 'x.txt', '--out', tempDir(), '--max-input-mb', value]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--max-input-mb: must be a number of megabytes > 0, got "${value}"`);
  });
});

describe('--workers is capped by the machine', () => {
  const GB = 1024;
  it.each([
    ['as many as asked when the machine has room', 2, 0, { cores: 8, freeMb: 16 * GB }, 2, undefined],
    ['at the cores', 64, 0, { cores: 2, freeMb: 20 * GB }, 2, '2 cores'],
    ['at the free memory', 8, 0, { cores: 8, freeMb: 2 * GB }, 3, 'of free memory at about 0.6 GB a worker'],
    ['lower with a large dictionary', 2, 94 * 2 ** 20, { cores: 2, freeMb: 3 * GB }, 1, 'with this dictionary'],
    ['at least one', 4, 0, { cores: 4, freeMb: 100 }, 1, 'of free memory'],
  ] as [string, number, number, { cores: number; freeMb: number }, number, string | undefined][])('%s', (_label, requested, dictionary, machine, workers, reason) => {
    const capped = capWorkers(requested, dictionary, machine);
    expect(capped.workers).toBe(workers);
    if (reason === undefined) expect(capped.reason).toBeUndefined();
    else expect(capped.reason).toContain(reason);
  });

  it('says so when it caps', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), TEXT);
    const result = await cli(['extract', 'a.txt', '--out', 'out', '--workers', '512'], dir);
    expect(result.stderr).toMatch(/^shiting-kg: --workers 512: using \d+ \(/);
  }, 120_000);

  it('sizes a worker\'s heap and memory from the dictionary it compiles', () => {
    expect(workerHeapMb(1024, 0)).toBe(1024);
    expect(workerHeapMb(1024, 94 * 2 ** 20)).toBe(1024 + 16 * 94);
    expect(workerMemoryMb(94 * 2 ** 20)).toBeGreaterThan(workerMemoryMb(0) + 1000);
  });
});

describe('two runs writing one folder', () => {
  it('the second is refused at once while the first holds the lock, and nothing of it is written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), TEXT);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      mkdirSync(path.join(dir, 'out', '.shiting-kg'), { recursive: true });
      writeFileSync(path.join(dir, 'out', '.shiting-kg', 'lock'), `${sleeper.pid}\n`);
      const result = await cli(['extract', 'a.txt', '--out', 'out', '--workers', '0'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`out is being written by another run (pid ${sleeper.pid}); nothing was written`);
      expect(readdirSync(path.join(dir, 'out'))).toEqual(['.shiting-kg']);
    } finally {
      sleeper.kill();
    }
  });

  it('a lock left by a killed run is taken over, with a message', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), TEXT);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(path.join(dir, 'out', '.shiting-kg', 'gen-stale'), { recursive: true });
    writeFileSync(path.join(dir, 'out', '.shiting-kg', 'gen-stale', 'graph.json'), '{"half": ');
    writeFileSync(path.join(dir, 'out', '.shiting-kg', 'lock'), `${dead}\n`);
    const result = await cli(['extract', 'a.txt', '--out', 'out', '--workers', '0'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`out: the run that was writing it (pid ${dead}) was stopped before it ended; its lock is taken over`);
    expect(result.stderr).toContain('out: removed what an interrupted run left there (1 item, 0.0 MB)');
    expect(readdirSync(path.join(dir, 'out', '.shiting-kg')).filter((name) => name.startsWith('gen-'))).toHaveLength(1);
  });
});
