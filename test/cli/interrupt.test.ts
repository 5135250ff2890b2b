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

/**
 * Run the CLI; with `interrupt`, send it that signal once the run holds the output folder's lock (it
 * is extracting then: no race against how fast the machine starts a process). Resolves with the exit
 * code (or the signal that killed it) and stderr.
 */
function runCli(args: string[], interrupt?: { signal: NodeJS.Signals; lock: string }): Promise<{ code: number | string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const poll = interrupt && setInterval(() => existsSync(interrupt.lock) && (clearInterval(poll), child.kill(interrupt.signal)), 20);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code: code ?? signal, stderr });
    });
  });
}

/** The names a reader sees in `out` (the writer's own folder left out). */
const visible = (out: string) => readdirSync(out).filter((name) => !name.startsWith('.'));

describe.skipIf(!built)('an interrupted extract --out', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as [NodeJS.Signals, number][])('%s leaves the previous outputs intact and no temporary files behind', async (signal, exitCode) => {
    const out = tempDir();
    const corpus = path.join(tempDir(), 'corpus');
    // Enough text that the run is still extracting when interrupted.
    for (let i = 0; i < 6; i++) cpSync(path.resolve('examples/corpus'), path.join(corpus, `copy${i}`), { recursive: true });
    expect((await runCli(['extract', 'examples/corpus', '--out', out, '--format', 'json,csv,gexf', '--workers', '0'])).code).toBe(0);
    const before = Object.fromEntries(visible(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));

    const { code, stderr } = await runCli(['extract', corpus, '--out', out, '--format', 'json,csv,gexf', '--workers', '0'], { signal, lock: path.join(out, '.shiting-kg', 'lock') });
    expect(code).toBe(exitCode);
    expect(stderr).toContain(`shiting-kg: interrupted (${signal}); nothing was written; earlier outputs are left as they were`);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The current set, no set half-made, no lock.
    expect(readdirSync(path.join(out, '.shiting-kg')).filter((f) => f !== 'current')).toHaveLength(1);
    const now = Object.fromEntries(visible(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
    // Either the whole old set, or (had the run reached the switch) the whole new one.
    if (JSON.stringify(now) !== JSON.stringify(before)) {
      expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
      for (const [file, content] of Object.entries(now)) expect(content).not.toBe(before[file]);
    }
  }, 240_000);
});
