import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/helpers.js';
import { DOCUMENTS } from './helpers.js';

const execFileAsync = promisify(execFile);
/** Runs a command; a failure says how it ended (exit code or signal) and what it wrote to stderr. */
const run = (file: string, args: string[], options: { cwd: string }) => execFileAsync(file, args, options).catch((error: NodeJS.ErrnoException & { signal?: string; stderr?: string }) => {
  throw new Error(`${args.join(' ')}: exit code ${String(error.code)}, signal ${String(error.signal)}, stderr: ${JSON.stringify(error.stderr ?? '')}`);
});
const CLI = path.resolve('dist/cli.js');
const built = existsSync(CLI) && existsSync(path.resolve('dist/worker.js'));
if (!built) console.warn('dist/cli.js workers test skipped: dist/ not built (npm run build)');

function corpus(): string {
  const dir = tempDir();
  for (const round of ['a', 'b']) {
    mkdirSync(path.join(dir, 'news', round), { recursive: true });
    DOCUMENTS.forEach((text, i) => writeFileSync(path.join(dir, 'news', round, `${i}.txt`), text));
  }
  return dir;
}

describe('shiting-kg extract --workers', () => {
  it.each([['-1'], ['two'], ['1.5']])('refuses --workers %s with one shiting-kg: line', async (workers) => {
    const result = await cli(['extract', 'examples/corpus', '--out', tempDir(), '--workers', workers]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `shiting-kg: --workers: must be a whole number ≥ 0 (0 = extract on the main thread), got "${workers}"\n` });
  });

  it('reports "no .txt files" before starting any worker', async () => {
    const empty = tempDir();
    expect((await cli(['extract', '.', '--out', 'out', '--workers', '2'], empty)).stderr).toBe('shiting-kg: no .txt files in .\n');
  });

  it.skipIf(!built)('dist/cli.js writes the same graph with --workers 2 and --workers 0 (skipped before `npm run build`)', async () => {
    const dir = corpus();
    const [two, zero] = await Promise.all(['2', '0'].map((workers) =>
      run(process.execPath, [CLI, 'extract', 'news', '--out', `out-${workers}`, '--workers', workers], { cwd: dir })));
    expect(two!.stdout).toBe(zero!.stdout.replace('out-0', 'out-2'));
    expect(two!.stdout).toMatch(/^documents: 10,/);
    const graph = (workers: string) => readFileSync(path.join(dir, `out-${workers}`, 'graph.json'), 'utf8');
    expect(graph('2')).toBe(graph('0'));
    const ids = (JSON.parse(graph('2')) as { documents: { id: string }[] }).documents.map((d) => d.id);
    expect(ids).toEqual(['a', 'b'].flatMap((round) => DOCUMENTS.map((_t, i) => `news/${round}/${i}.txt`)));
  });
});
