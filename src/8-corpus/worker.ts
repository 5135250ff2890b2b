/**
 * The extraction worker (built to dist/worker.js): builds ONE extractor from `workerData` (the pool's
 * dictionary options), says `ready`, then extracts every document the pool sends, one at a time.
 * An error of one document is sent back as that document's error; the worker goes on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type Extractor } from '../5-extract/index.js';
import { loadJiebaForCutting } from './lean-jieba.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('shiting-kg: worker.js runs in a worker thread of createExtractionPool, not on its own');

const post = (reply: WorkerReply) => port.postMessage(reply);
const init = (workerData ?? {}) as WorkerInit;

let extractor: Extractor | undefined;
try {
  loadJiebaForCutting();
  extractor = createExtractor(init);
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'init-error', message: error instanceof Error ? error.message : String(error) });
}

port.on('message', (job: WorkerJob) => {
  if (extractor === undefined) return;
  try {
    post({ type: 'result', id: job.id, result: extractor.extract(job.text, job.options) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'error', id: job.id, name: e.name, message: e.message });
  }
});
