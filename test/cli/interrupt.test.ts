import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

// Ctrl-C in the middle of `extract --out`: the outputs of the previous run must stay whole and no
// temporary file may be left. Runs the built command (dist/cli.js), as a user would.
const CLI = path.resolve('dist/cli.js');
const built = existsSync(CLI);
if (!built) console.warn('interrupt test skipped: dist/cli.js not found (npm run build)');

function runCli(args: string[], interruptAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    if (interruptAfterMs !== undefined) setTimeout(() => child.kill('SIGINT'), interruptAfterMs);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : null)));
  });
}

describe.skipIf(!built)('an interrupted extract --out', () => {
  it('leaves the previous outputs intact and no temporary files behind', async () => {
    const out = tempDir();
    const corpus = path.join(tempDir(), 'corpus');
    // Enough text that the run is still extracting when interrupted.
    for (let i = 0; i < 6; i++) cpSync(path.resolve('examples/corpus'), path.join(corpus, `copy${i}`), { recursive: true });
    expect(await runCli(['extract', 'examples/corpus', '--out', out, '--format', 'json,csv,gexf', '--workers', '0'])).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));

    const code = await runCli(['extract', corpus, '--out', out, '--format', 'json,csv,gexf', '--workers', '0'], 400);
    expect(code).toBe(130);
    const after = readdirSync(out);
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const [file, content] of Object.entries(before)) {
      // Either the old file, or (had the run reached writing) a complete new one: never a fragment.
      const now = readFileSync(path.join(out, file), 'utf8');
      if (now !== content) expect(file.endsWith('.json') ? () => JSON.parse(now) : () => now).not.toThrow();
    }
  }, 60_000);
});
