import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormatsFailedError, lockOutputDir, removeStaleOnce, writeExports, writeFiles } from '../../src/7-export/index.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { bundleWorker, removeBundle } from '../8-corpus/helpers.js';
import { tempDir } from './helpers.js';

// The set of output files is one unit: a new set is written beside the old and switched in at once;
// what a killed run leaves is removed by the next; one run writes a folder at a time.

let stalledWriter: string | undefined;
beforeAll(async () => {
  stalledWriter = await bundleWorker('test/7-export/fixtures/stalled-writer.ts');
}, 120_000);
afterAll(() => removeBundle(stalledWriter));

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const state = (dir: string) => readdirSync(path.join(dir, '.shiting-kg')).sort();

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Start the stalled writer on `dir` and resolve once it stalls in the middle of its second file. */
function stalledWrite(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [stalledWriter!, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => data.toString().includes('stalled') && resolve(child));
    child.on('exit', (code) => reject(new Error(`the stalled writer exited (${code})`)));
  });
}

describe('a set of output files is one unit', () => {
  it('kill -9 in the middle of a set leaves the complete old set; the next run removes the leftovers and takes over the lock', async () => {
    const dir = tempDir();
    await writeFiles(dir, [{ name: 'a.txt', content: 'old a' }, { name: 'sub/b.txt', content: 'old b' }]);
    const child = await stalledWrite(dir);
    expect([read(dir, 'a.txt'), read(dir, 'sub/b.txt')]).toEqual(['old a', 'old b']); // while it writes
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect([read(dir, 'a.txt'), read(dir, 'sub/b.txt')]).toEqual(['old a', 'old b']);
    expect(state(dir).filter((name) => name.startsWith('gen-'))).toHaveLength(2); // the current set and the killed run's

    await writeFiles(dir, [{ name: 'a.txt', content: 'new a' }, { name: 'sub/b.txt', content: 'new b' }]);
    expect([read(dir, 'a.txt'), read(dir, 'sub/b.txt')]).toEqual(['new a', 'new b']);
    expect(state(dir).filter((name) => name !== 'current')).toHaveLength(1); // one generation, no lock, no leftover
  }, 120_000);

  it.each([
    ['a run still going on (a live pid)', () => process.ppid, 'is being written by another run'],
    ['a killed run (a dead pid)', deadPid, undefined],
  ] as [string, () => number, string | undefined][])('a lock file held by %s', async (_label, pid, refusal) => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.shiting-kg'));
    writeFileSync(path.join(dir, '.shiting-kg', 'lock'), `${pid()}\n`);
    const writing = writeFiles(dir, [{ name: 'a.txt', content: 'a' }]);
    if (refusal === undefined) {
      await writing;
      expect(read(dir, 'a.txt')).toBe('a');
      expect(existsSync(path.join(dir, '.shiting-kg', 'lock'))).toBe(false);
    } else {
      await expect(writing).rejects.toThrow(`${refusal} (pid ${pid()})`);
      expect(existsSync(path.join(dir, 'a.txt'))).toBe(false);
    }
  });

  it('removes the hidden temporaries an earlier version left when killed', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.graph.json.4242.0123456789ab.tmp'), 'half');
    writeFileSync(path.join(dir, 'notes.txt'), 'the user\'s own file');
    await writeExports(fixtureGraph(), dir, ['json']);
    expect(readdirSync(dir).sort()).toEqual(['.shiting-kg', 'graph.json', 'notes.txt']);
  });

  it('takes over the files an earlier version wrote plainly, and keeps formats not asked for this time', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graph.json'), 'old json');
    writeFileSync(path.join(dir, 'graph.gexf'), 'old gexf');
    await writeExports(fixtureGraph(), dir, ['json']);
    await writeExports(fixtureGraph(), dir, ['csv']);
    expect(JSON.parse(read(dir, 'graph.json'))).toMatchObject({ format: 'shiting-kg' });
    expect(read(dir, 'nodes.csv')).toContain('organization:国家广播电视总局');
    expect(read(dir, 'graph.gexf')).toBe('old gexf'); // never asked for: not this writer's to remove
    // The names are links into the current set, switched all at once.
    expect(readlinkSync(path.join(dir, 'graph.json'))).toBe(path.join('.shiting-kg', 'current', 'graph.json'));
  });
});

describe('one format failing never blocks the others', () => {
  const boom = () => {
    throw new Error('cannot draw this graph');
  };

  it('writes the other formats and names the failed one', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'boom.txt'), 'earlier boom');
    const writing = writeExports(fixtureGraph(), dir, ['json', 'boom', 'csv'], { exporters: { boom } });
    await expect(writing).rejects.toThrow(FormatsFailedError);
    await expect(writing).rejects.toThrow('shiting-kg: boom export: cannot draw this graph; the other formats were written (3 files)');
    const error = (await writing.catch((e: unknown) => e)) as FormatsFailedError;
    expect(error.written.map((file) => path.relative(dir, file))).toEqual(['graph.json', 'nodes.csv', 'edges.csv']);
    expect(JSON.parse(read(dir, 'graph.json'))).toMatchObject({ format: 'shiting-kg' });
    expect(read(dir, 'boom.txt')).toBe('earlier boom');
  });

  it('writes nothing when every format fails', async () => {
    const dir = tempDir();
    await expect(writeExports(fixtureGraph(), dir, ['boom'], { exporters: { boom } })).rejects.toThrow('boom export: cannot draw this graph; nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('where symbolic links cannot be made (Windows without developer mode)', () => {
  /** A link function that refuses as Windows does without developer mode. */
  const refuses = (code: string) => async () => {
    throw Object.assign(new Error(`${code}: operation not permitted, symlink`), { code });
  };
  type Run = { files: Record<string, string>; links: boolean };
  /** Every visible file under `dir` → [its text, whether the name or its folder is a link]. */
  const contents = (dir: string, prefix = ''): Record<string, [string, boolean]> => {
    const found: Record<string, [string, boolean]> = {};
    for (const name of readdirSync(path.join(dir, prefix)).filter((n) => !n.startsWith('.')).sort()) {
      const relative = path.join(prefix, name);
      const link = lstatSync(path.join(dir, relative)).isSymbolicLink();
      if (statSync(path.join(dir, relative)).isDirectory()) Object.assign(found, contents(dir, relative));
      else found[relative] = [read(dir, relative), link || (prefix !== '' && lstatSync(path.join(dir, prefix)).isSymbolicLink())];
    }
    return found;
  };

  it.each([
    ['a first set, no links: plain files, one warning', [{ files: { 'a.txt': 'a1', 'sub/b.txt': 'b1' }, links: false }], { 'a.txt': ['a1', false], 'sub/b.txt': ['b1', false] }, 1],
    ['a second set replaces the first in place; a file it does not write stays', [
      { files: { 'a.txt': 'a1', 'c.txt': 'c1' }, links: false },
      { files: { 'a.txt': 'a2', 'sub/b.txt': 'b2' }, links: false },
    ], { 'a.txt': ['a2', false], 'c.txt': ['c1', false], 'sub/b.txt': ['b2', false] }, 2],
    ['a folder an earlier run linked becomes plain files (no dangling link)', [
      { files: { 'a.txt': 'a1', 'sub/b.txt': 'b1', 'c.txt': 'c1' }, links: true },
      { files: { 'a.txt': 'a2', 'sub/b.txt': 'b2' }, links: false },
    ], { 'a.txt': ['a2', false], 'c.txt': ['c1', false], 'sub/b.txt': ['b2', false] }, 1],
  ] as [string, Run[], Record<string, [string, boolean]>, number][])('%s', async (_label, runs, expected, warnings) => {
    const dir = tempDir();
    const warned: string[] = [];
    for (const run of runs) {
      const files = Object.entries(run.files).map(([name, content]) => ({ name, content }));
      await writeFiles(dir, files, run.links ? {} : { symlink: refuses('EPERM'), onWarning: (message) => warned.push(message) });
    }
    expect(contents(dir)).toEqual(expected);
    expect(warned).toHaveLength(warnings);
    expect(warned[0]).toMatch(/symbolic links cannot be made here \(EPERM.*not switched atomically/);
    expect(existsSync(path.join(dir, '.shiting-kg'))).toBe(false); // no generation, no `current`, no probe, no lock
  });

  it('any other error of the link function fails the set and leaves the old one', async () => {
    const dir = tempDir();
    await writeFiles(dir, [{ name: 'a.txt', content: 'old' }]);
    await expect(writeFiles(dir, [{ name: 'a.txt', content: 'new' }], { symlink: refuses('EIO') })).rejects.toThrow('EIO');
    expect(read(dir, 'a.txt')).toBe('old');
  });
});

describe('removeStaleOnce', () => {
  it.each([
    ['the first call under a lock removes a killed run\'s generation', 1, 1],
    ['a second call under the same lock (the CLI, then writeExports) scans no more', 2, 0],
  ] as [string, number, number][])('%s', (_label, calls, removedByLast) => {
    const dir = tempDir();
    const lock = lockOutputDir(dir);
    try {
      let last = { entries: 0, bytes: 0 };
      for (let i = 0; i < calls; i++) {
        mkdirSync(path.join(dir, '.shiting-kg', `gen-killed${i}`));
        last = removeStaleOnce(lock);
      }
      expect(last.entries).toBe(removedByLast);
    } finally {
      lock.release();
    }
  });
});
