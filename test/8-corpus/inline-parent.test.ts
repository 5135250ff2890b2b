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
 * Asynchronous: a synchronous run blocks this test worker for the whole program (35–48 s each on a busy
 * box), and vitest's calls to it time out ("Timeout calling onTaskUpdate", 31 unhandled errors in one run).
 */
function runNode(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const e = error as { code?: number | string | null; signal?: string | null };
      reject(new Error(`node exited with status ${String(e.code)}, signal ${String(e.signal)}, stderr: ${JSON.stringify(stderr)}`));
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

  // The once-seen exit status 13 of the test above ("unsettled top-level await"): the second worker, still
  // loading when the first had done every document, posted "ready" just before close() stopped it; that
  // message, read after close(), unref'd every worker, and the process ended with close() pending. Here the
  // program blocks its thread while the second worker gets ready, so the late "ready" comes every time.
  it('ends with close() settled when a worker says ready after close() began', async () => {
    const script = `import { createExtractionPool } from ${JSON.stringify(DIST)};
const pool = createExtractionPool({ workers: 2 });
const r = await pool.extract('国家广播电视总局局长王建林出席会议。');
const until = Date.now() + 4000;
while (Date.now() < until) {}
await pool.close();
console.log(r.entities.map((e) => e.name).join(','), 'closed');`;
    expect((await runNode(['--input-type=module', '-e', script])).trim()).toBe('国家广播电视总局,王建林 closed');
  }, 70_000);
});
