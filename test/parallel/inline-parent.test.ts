import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A program started as `node --input-type=module -e '…'` passes those options on to its worker threads,
// which refuse them: the pool must still start. Uses the built package (dist/), as an embedding app would.
const DIST = path.resolve('dist/index.js');
const built = existsSync(DIST) && existsSync(path.resolve('dist/worker.js'));
if (!built) console.warn('inline-parent pool test skipped: dist/ not built (npm run build)');

describe.skipIf(!built)('an extraction pool in a program run with node --input-type=module -e', () => {
  it('starts its workers and extracts', () => {
    const script = `import { createExtractionPool } from ${JSON.stringify(DIST)};
const pool = createExtractionPool({ workers: 1 });
const r = await pool.extract('国家广播电视总局局长王建林出席会议。');
console.log(r.entities.map((e) => e.name).join(','));
await pool.close();`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(out.trim()).toBe('国家广播电视总局,王建林');
  }, 70_000);
});
