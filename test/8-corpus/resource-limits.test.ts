import { truncateSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool, WORKER_OLD_GENERATION_MB } from '../../src/8-corpus/pool.js';
import { bundleWorker, removeBundle } from './helpers.js';

let workerScript: string | undefined;

beforeAll(async () => {
  workerScript = await bundleWorker('test/8-corpus/fixtures/heap-limit-worker.ts');
});

afterAll(() => removeBundle(workerScript));

/** The heap limit, in MB, of a worker of a pool created with `resourceLimits`. */
async function heapLimitMb(resourceLimits?: { maxOldGenerationSizeMb?: number; stackSizeMb?: number }, dictionary?: string): Promise<number> {
  const pool = createExtractionPool({ workers: 1, workerScript, ...(resourceLimits ? { resourceLimits } : {}), ...(dictionary ? { dictionary } : {}) });
  try {
    return Number((await pool.extract('任意文本')).meta.title);
  } finally {
    await pool.close();
  }
}

describe('worker heap limits', () => {
  it('caps the old generation at WORKER_OLD_GENERATION_MB when the caller sets none, or sets other limits only', async () => {
    for (const limit of [await heapLimitMb(), await heapLimitMb({ stackSizeMb: 8 })]) {
      expect(limit).toBeGreaterThanOrEqual(WORKER_OLD_GENERATION_MB);
      expect(limit).toBeLessThan(WORKER_OLD_GENERATION_MB + 256); // plus the young generation
    }
  });

  it("takes the caller's old-generation limit instead", async () => {
    const limit = await heapLimitMb({ maxOldGenerationSizeMb: 300 });
    expect(limit).toBeGreaterThanOrEqual(300);
    expect(limit).toBeLessThan(300 + 256);
  });

  it('grows with the user dictionary every worker compiles for itself (16 × its size): a large --dict no longer kills the workers', async () => {
    // The test worker does not read the dictionary: a sparse file of the size is enough.
    const dictionary = path.join(mkdtempSync(path.join(tmpdir(), 'shiting-kg-dict-')), 'large.json');
    writeFileSync(dictionary, '');
    truncateSync(dictionary, 20 * 2 ** 20);
    const limit = await heapLimitMb(undefined, dictionary);
    expect(limit).toBeGreaterThanOrEqual(WORKER_OLD_GENERATION_MB + 16 * 20);
    expect(limit).toBeLessThan(WORKER_OLD_GENERATION_MB + 16 * 20 + 256);
  });
});
