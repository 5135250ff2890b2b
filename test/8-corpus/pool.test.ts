import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/index.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { extractLarge } from '../../src/5-extract/large-text.js';
import { createExtractionPool, type ExtractionPool } from '../../src/8-corpus/pool.js';
import { bundleWorker, DOCUMENTS, removeBundle } from './helpers.js';

let workerScript: string;
let pool: ExtractionPool;

beforeAll(async () => {
  workerScript = await bundleWorker();
  pool = createExtractionPool({ workers: 2, workerScript });
  await pool.ready();
});

afterAll(async () => {
  await pool?.close();
  removeBundle(workerScript);
});

/** A corpus whose items read lazily, to check that the source is pulled only as the pool accepts. */
async function* lazyCorpus(log: string[]) {
  for (let round = 0; round < 3; round++) {
    for (const [i, text] of DOCUMENTS.entries()) {
      const id = `news/${round}-${i}.txt`;
      log.push(`pull ${id}`);
      yield { id, text: new Promise<string>((resolve) => setTimeout(() => resolve(text), (i * 7) % 5)), meta: { source: id } };
    }
  }
}

describe('createExtractionPool', () => {
  it.each(DOCUMENTS.map((text, i) => [i, text] as const))('document %i: the same result as extract() on this thread', async (_i, text) => {
    expect(await pool.extract(text)).toEqual(extract(text));
  });

  it('passes the call options (date) to the worker', async () => {
    const [text] = DOCUMENTS;
    expect(await pool.extract(text!, { date: '2023-01-02' })).toEqual(extract(text!, { date: '2023-01-02' }));
  });

  it('rejects with the document\'s own error and goes on', async () => {
    await expect(pool.extract('会议。', { date: 'March' })).rejects.toThrow(/shiting-kg: options: .*date.*YYYY-MM-DD/);
    await expect(pool.extract(null as unknown as string)).rejects.toThrow(TypeError);
    expect(await pool.extract(DOCUMENTS[1]!)).toEqual(extract(DOCUMENTS[1]!));
  });

  it('keeps at most maxInFlight documents in flight; extract() waits for a place', async () => {
    const small = createExtractionPool({ workers: 0, maxInFlight: 2 });
    expect(small.capacity).toBe(2);
    let settled = 0;
    const calls = DOCUMENTS.map((text) => small.extract(text).then((r) => (settled++, r)));
    const results = await Promise.all(calls);
    expect(settled).toBe(DOCUMENTS.length);
    expect(results).toEqual(DOCUMENTS.map((text) => extract(text)));
    await small.close();
    await expect(small.extract('会议。')).rejects.toThrow('shiting-kg: the extraction pool is closed');
  });

  it('extractLarge on the pool equals extractLarge on this thread', async () => {
    const text = Array.from({ length: 8 }, (_, i) => DOCUMENTS[i % DOCUMENTS.length]).join('\n\n');
    expect(await pool.extractLarge(text, { chunkSize: 600 })).toEqual(extractLarge(text, { chunkSize: 600 }));
  });

  it('validates its options', () => {
    expect(() => createExtractionPool({ workers: -1 })).toThrow('shiting-kg: createExtractionPool: "workers" must be an integer ≥ 0, got -1');
    expect(() => createExtractionPool({ workers: 0, maxInFlight: 0 })).toThrow('"maxInFlight" must be an integer ≥ 1');
    expect(() => createExtractionPool({ workers: 0, timeout: -5 })).toThrow('"timeout" must be a number of milliseconds > 0');
  });

  it('fails early, once, when no worker can start (a bad dictionary)', async () => {
    const bad = createExtractionPool({ workers: 1, workerScript, dictionary: { organizations: [{ name: 42 }] } });
    await expect(bad.ready()).rejects.toThrow(/^shiting-kg: options\.dictionary: /);
    await expect(bad.extract('会议。')).rejects.toThrow(/^shiting-kg: options\.dictionary: /);
    await bad.close();
  });

  it('names a missing worker module', async () => {
    const missing = createExtractionPool({ workers: 1, workerScript: path.resolve('nowhere/worker.js') });
    await expect(missing.ready()).rejects.toThrow(/the extraction worker .*nowhere\/worker\.js is missing/);
    await missing.close();
  });
});

describe('KnowledgeGraph.addCorpus', () => {
  it('builds the same graph with workers 0 and 2, in input order, pulling lazily', async () => {
    const inThread = new KnowledgeGraph();
    const log0: string[] = [];
    const summary0 = await inThread.addCorpus(lazyCorpus(log0), { workers: 0 });
    const parallel = new KnowledgeGraph();
    const log2: string[] = [];
    const seen: string[] = [];
    const summary2 = await parallel.addCorpus(lazyCorpus(log2), { pool, onProgress: ({ id }) => seen.push(id) });
    expect(summary0).toEqual({ documents: 15, skipped: 0, failed: [] });
    expect(summary2).toEqual(summary0);
    expect(JSON.stringify(parallel.toJSON())).toBe(JSON.stringify(inThread.toJSON()));
    expect(seen).toEqual(log2.map((line) => line.slice('pull '.length)));
    expect(parallel.documents.map((d) => d.id)).toEqual(seen);
    // the same graph as adding the documents one by one
    const serial = new KnowledgeGraph();
    for (const round of [0, 1, 2]) for (const [i, text] of DOCUMENTS.entries()) serial.addDocument(text, { id: `news/${round}-${i}.txt`, source: `news/${round}-${i}.txt` });
    expect(JSON.stringify(parallel.toJSON())).toBe(JSON.stringify(serial.toJSON()));
  });

  it('never pulls more than the pool holds', async () => {
    let pulled = 0;
    let merged = 0;
    let most = 0;
    async function* counting() {
      for (let i = 0; i < 12; i++) {
        pulled++;
        most = Math.max(most, pulled - merged);
        yield { id: `d${i}`, text: DOCUMENTS[i % DOCUMENTS.length]! };
      }
    }
    await new KnowledgeGraph().addCorpus(counting(), { pool, onProgress: () => merged++ });
    expect(most).toBeLessThanOrEqual(pool.capacity + 1);
  });

  it('lists documents that fail, keeps going, and skips ids already present', async () => {
    const kg = new KnowledgeGraph();
    kg.addDocument(DOCUMENTS[0]!, { id: 'a' });
    const progress: string[] = [];
    const summary = await kg.addCorpus([
      { id: 'a', text: DOCUMENTS[0]! },
      { id: 'b', text: Promise.reject(new Error('shiting-kg: b.txt: no such file')) },
      { id: 'c', text: DOCUMENTS[2]!, meta: { date: '2024-03-28', title: '报告' } },
      { text: DOCUMENTS[3]! },
    ], { pool, onProgress: ({ id, status }) => progress.push(`${id} ${status}`) });
    expect(summary.documents).toBe(2);
    expect(summary.skipped).toBe(1);
    expect(summary.failed).toEqual([{ id: 'b', reason: 'shiting-kg: b.txt: no such file' }]);
    expect(progress).toEqual(['a skipped', 'b failed', 'c added', `${kg.documents[2]!.id} added`]);
    expect(kg.documents[1]).toMatchObject({ id: 'c', date: '2024-03-28', title: '报告' });
    expect(kg.documents[2]!.id).toMatch(/^doc:[0-9a-f]{16}$/);
  });
});
