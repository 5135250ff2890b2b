import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A program started as `node --input-type=module -e '…'` (or with V8 options such as --max-old-space-size)
// passes those options on to its worker threads, which refuse them: the pool must still start. Uses the built package (dist/), as an embedding app would.
const DIST = path.resolve('dist/index.js');
const built = existsSync(DIST) && existsSync(path.resolve('dist/worker.js'));
if (!built) console.warn('inline-parent pool test skipped: dist/ not built (npm run build)');

/**
 * Runs node; a failure says how the program ended (exit status or signal) and what it wrote to stderr.
 * Asynchronous: a synchronous child blocks the test worker's event loop for as long as it runs (30 s on
 * a busy box), and vitest's calls to its worker time out meanwhile ("Timeout calling onTaskUpdate").
 */
function runNode(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new Error(`node exited with status ${String(error.code)}, signal ${String(error.signal)}, stderr: ${JSON.stringify(stderr ?? '')}`));
    });
  });
}

describe.skipIf(!built)('an extraction pool in a program run with node --input-type=module -e', () => {
  it('starts its workers and extracts', async () => {
    const script = `import { createExtractionPool } from ${JSON.stringify(DIST)};
const pool = createExtractionPool({ workers: 1 });
const r = await pool.extract('国家广播电视总局局长王建林出席会议。');
console.log(r.entities.map((e) => e.name).join(','));
await pool.close();`;
    const out = await runNode(['--input-type=module', '-e', script]);
    expect(out.trim()).toBe('国家广播电视总局,王建林');
  }, 70_000);

  it('starts its workers when the program is given V8 and per-process options, which workers refuse', async () => {
    const script = `import { createExtractionPool } from ${JSON.stringify(DIST)};
const pool = createExtractionPool({ workers: 2 });
const texts = ['国家广播电视总局局长王建林出席会议。', '湖南广播电视台台长李明出席会议。', '国家广播电视总局局长王建林出席会议。'];
for (const r of await Promise.all(texts.map((text) => pool.extract(text)))) console.log(r.entities.map((e) => e.name).join(','));
await pool.close();`;
    const args = ['--max-old-space-size=3000', '--stack-trace-limit=50', '--no-warnings', '--input-type=module', '-e', script];
    const out = await runNode(args);
    expect(out.trim().split('\n')).toEqual(['国家广播电视总局,王建林', '湖南广播电视台,李明', '国家广播电视总局,王建林']);
  }, 70_000);
});
