/**
 * An extraction pool: documents extracted on worker threads, one extractor per worker, results back
 * on the calling thread as plain `ExtractionResult` data. `workers: 0` extracts on the calling thread
 * through the same interface.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { createExtractor, extract, type ExtractOptions, type Extractor } from '../5-extract/index.js';
import type { ExtractionResult } from '../types.js';
import { CHUNK_SIZE, laterChunkOptions, mergeChunkResults, splitTextIntoChunks } from '../5-extract/chunks.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './protocol.js';
import { dictionaryBytes, workerHeapMb } from './worker-budget.js';

export interface ExtractionPoolOptions {
  /** Worker threads [`os.availableParallelism()`]; `0` extracts on the calling thread. */
  workers?: number;
  /** User dictionary for every worker: a DictionaryData object or the path of a JSON file (see `createExtractor`). */
  dictionary?: string | Record<string, unknown>;
  /** `extend` [default] or `replace` the bundled dictionary with `dictionary`. */
  dictionaryMode?: 'extend' | 'replace';
  /** Dictionary folder to use instead of the bundled `dictionaries/`. */
  dictionaryDir?: string;
  /** Documents accepted at once [2 × workers, 1 with `workers: 0`]; further `extract` calls wait for a place. */
  maxInFlight?: number;
  /** Milliseconds one document may take on a worker before the worker is stopped and the document fails [no limit]. */
  timeout?: number;
  /** The worker module [`worker.js` beside the built library, i.e. dist/worker.js]. */
  workerScript?: string | URL;
  /**
   * V8 heap limits of each worker (`worker_threads` ResourceLimits) [old generation
   * {@link WORKER_OLD_GENERATION_MB} plus 16 × the user dictionary's JSON size, which every worker
   * compiles for itself; the rest Node's defaults]; a worker past them fails its document and is replaced.
   */
  resourceLimits?: ResourceLimits;
}

/** Options of `ExtractionPool.extractLarge`: those of `extract`, plus the chunk length. */
export interface PoolExtractLargeOptions extends ExtractOptions {
  /** Target chunk length in characters [200,000]. */
  chunkSize?: number;
}

export interface ExtractionPool {
  /** Number of worker threads (0: extraction on the calling thread). */
  readonly workers: number;
  /** Documents accepted at once (`maxInFlight`). */
  readonly capacity: number;
  /**
   * Extract one document on a free worker: the same result as `extract(text, options)` with the pool's
   * dictionary. Waits for a place when `capacity` documents are in flight. Rejects with the document's
   * error, or `shiting-kg: extraction worker crashed (…)` when its worker dies (the worker is replaced).
   */
  extract(text: string, options?: ExtractOptions): Promise<ExtractionResult>;
  /**
   * `extractLarge` on the pool: the chunks of one huge text are extracted on all workers at once and
   * merged in text order. Takes one place of `capacity`, like `extract`.
   */
  extractLarge(text: string, options?: PoolExtractLargeOptions): Promise<ExtractionResult>;
  /**
   * Resolves once the pool can extract (a worker has loaded its dictionary; with `workers: 0`, the
   * extractor is built); rejects with the reason when it cannot (a bad dictionary, no worker module).
   * Optional: `extract` waits by itself. Useful to fail early, before reading a corpus.
   */
  ready(): Promise<void>;
  /** Wait for the documents in flight, then stop the workers. Later `extract` calls reject. */
  close(): Promise<void>;
}

/**
 * A worker's old-generation limit when the caller sets none: 1 GB. V8 treats a heap limited to 1 GB (not
 * 2 GB) as memory-constrained and grows it in smaller steps: under Node's default (the main thread's,
 * about 4 GB here) a worker held ~190 MB of heap for ~50 MB of live data, under 1 GB ~110 MB, for ~7%
 * more CPU (more full collections; measured on the CLI bench). The largest text extracted in one call
 * (350,000 characters, above which texts go in chunks) fits in under 100 MB.
 */
export const WORKER_OLD_GENERATION_MB = 1024;

/** Where the worker module of the built package is: `worker.js` beside this module (dist/). */
export function defaultWorkerScript(): URL {
  return new URL('./worker.js', import.meta.url);
}

/**
 * The default number of workers: `os.availableParallelism()`, or 0 when the worker module is not
 * there (running from the TypeScript sources, e.g. under vitest), so the default still works.
 */
export function defaultWorkerCount(): number {
  return existsSync(fileURLToPath(defaultWorkerScript())) ? os.availableParallelism() : 0;
}

/** Runs extraction jobs, without any bound: the pool in front of it does the bounding. */
interface Runner {
  run(text: string, options: ExtractOptions): Promise<ExtractionResult>;
  ready(): Promise<void>;
  shutdown(): Promise<void>;
}

const prefixed = (message: string) => (message.startsWith('shiting-kg: ') ? message : `shiting-kg: ${message}`);

/** Extraction on the calling thread, each document after a turn of the event loop. */
class InThreadRunner implements Runner {
  #extractor: Pick<Extractor, 'extract'> | undefined;
  #failure: unknown;
  readonly #init: WorkerInit;

  constructor(init: WorkerInit) {
    this.#init = init;
    // No dictionary option: the shared extractor of `extract`, built once per process.
    if (init.dictionary === undefined && init.dictionaryDir === undefined) this.#extractor = { extract };
  }

  async run(text: string, options: ExtractOptions): Promise<ExtractionResult> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.#build().extract(text, options);
  }

  async ready(): Promise<void> {
    this.#build();
  }

  #build(): Pick<Extractor, 'extract'> {
    if (this.#failure !== undefined) throw this.#failure;
    try {
      this.#extractor ??= createExtractor(this.#init);
    } catch (error) {
      this.#failure = error; // a bad dictionary fails every document, as a worker that cannot start does
      throw error;
    }
    return this.#extractor;
  }

  async shutdown(): Promise<void> {}
}

interface Job extends WorkerJob {
  resolve(result: ExtractionResult): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

/**
 * Jobs a worker holds at once: the one it runs and the next, already sent, so that it starts the next
 * document as soon as it posts a result instead of waiting for this thread (busy merging a result, or
 * collecting garbage) to read the result and send more.
 */
const JOBS_PER_WORKER = 2;

interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent to the worker, in order: the first is running, the others wait in the worker's queue. */
  jobs: Job[];
  /** Why the worker died: its uncaught error, or a timeout. A worker with a reason takes no more jobs. */
  crash?: string;
}

function replyError(reply: { name: string; message: string }): Error {
  const Type = reply.name === 'TypeError' ? TypeError : reply.name === 'RangeError' ? RangeError : Error;
  const error = new Type(reply.message);
  if (error.name !== reply.name) error.name = reply.name;
  return error;
}

/** Extraction on worker threads: one job per worker at a time, a dead worker replaced. */
class ThreadRunner implements Runner {
  readonly #slots = new Set<WorkerSlot>();
  readonly #queue: Job[] = [];
  readonly #script: string | URL;
  readonly #init: WorkerInit;
  readonly #timeout: number | undefined;
  #nextId = 1;
  #broken: Error | undefined;
  #closing = false;
  #readyWaiters: { resolve(): void; reject(error: Error): void }[] = [];
  readonly #resourceLimits: ResourceLimits;
  #execArgv = workerExecArgv();

  constructor(count: number, script: string | URL, init: WorkerInit, timeout: number | undefined, resourceLimits: ResourceLimits) {
    this.#script = script;
    this.#init = init;
    this.#timeout = timeout;
    this.#resourceLimits = resourceLimits;
    const path = script instanceof URL ? fileURLToPath(script) : script;
    if (!existsSync(path)) {
      this.#broken = new Error(`shiting-kg: the extraction worker ${path} is missing (build the package with \`npm run build\`, or use workers: 0)`);
      return;
    }
    for (let i = 0; i < count; i++) this.#spawn();
  }

  run(text: string, options: ExtractOptions): Promise<ExtractionResult> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise<ExtractionResult>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, text, options, resolve, reject });
      this.#dispatch();
    });
  }

  ready(): Promise<void> {
    if (this.#broken) return Promise.reject(this.#broken);
    if ([...this.#slots].some((slot) => slot.ready)) return Promise.resolve();
    const waiting = new Promise<void>((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
    this.#updateRefs();
    return waiting;
  }

  async shutdown(): Promise<void> {
    this.#closing = true;
    for (const waiter of this.#readyWaiters.splice(0)) waiter.reject(new Error('shiting-kg: the extraction pool is closed'));
    await Promise.all([...this.#slots].map((slot) => slot.worker.terminate()));
  }

  #spawn(): void {
    const worker = this.#newWorker();
    const slot: WorkerSlot = { worker, ready: false, jobs: [] };
    worker.on('message', (reply: WorkerReply) => this.#onMessage(slot, reply));
    worker.on('error', (error) => {
      slot.crash ??= error.message;
    });
    worker.on('exit', (code) => this.#onExit(slot, code));
    this.#slots.add(slot);
    this.#updateRefs();
  }

  /**
   * A worker with the parent's Node options. Node refuses V8 and per-process options in a worker's
   * `execArgv` (`node --max-old-space-size=8192 shiting-kg …` would fail every worker) and names them in
   * its error; they apply to the whole process already, so the workers go without them from then on.
   */
  #newWorker(): Worker {
    const options = { workerData: this.#init, execArgv: this.#execArgv, resourceLimits: this.#resourceLimits };
    try {
      return new Worker(this.#script, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
      const refused = new Set((error as Error).message.replace(/^[^:]*:\s*/, '').split(/,\s*/));
      const execArgv = this.#execArgv.filter((arg) => !refused.has(arg));
      if (execArgv.length === this.#execArgv.length) throw error;
      this.#execArgv = execArgv;
      return new Worker(this.#script, { ...options, execArgv });
    }
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      // The least busy worker that can take one more job: idle workers first.
      let slot: WorkerSlot | undefined;
      for (const s of this.#slots) {
        if (s.ready && s.crash === undefined && s.jobs.length < JOBS_PER_WORKER && (slot === undefined || s.jobs.length < slot.jobs.length)) slot = s;
      }
      if (slot === undefined) break;
      const job = this.#queue.shift()!;
      try {
        slot.worker.postMessage({ id: job.id, text: job.text, options: job.options } satisfies WorkerJob);
      } catch (error) {
        job.reject(new TypeError(prefixed(`cannot send the document to a worker: ${(error as Error).message}`)));
        continue;
      }
      slot.jobs.push(job);
      if (slot.jobs.length === 1) this.#startClock(slot);
    }
    this.#updateRefs();
  }

  /** The running job's timeout starts when it starts (a waiting job's time in the queue does not count). */
  #startClock(slot: WorkerSlot): void {
    const timeout = this.#timeout;
    const job = slot.jobs[0];
    if (timeout === undefined || job === undefined) return;
    job.timer = setTimeout(() => {
      slot.crash = `timed out after ${timeout} ms`;
      void slot.worker.terminate();
    }, timeout);
  }

  #onMessage(slot: WorkerSlot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      for (const waiter of this.#readyWaiters.splice(0)) waiter.resolve();
      this.#dispatch();
      return;
    }
    if (reply.type === 'init-error') {
      this.#fail(new Error(prefixed(reply.message)));
      return;
    }
    const job = slot.jobs[0];
    if (job === undefined || job.id !== reply.id) return;
    clearTimeout(job.timer);
    slot.jobs.shift();
    this.#startClock(slot);
    if (reply.type === 'result') job.resolve(reply.result);
    else job.reject(replyError(reply));
    this.#dispatch();
  }

  #onExit(slot: WorkerSlot, code: number): void {
    this.#slots.delete(slot);
    const reason = slot.crash ?? `exit code ${code}`;
    const [job, ...waiting] = slot.jobs.splice(0);
    if (job !== undefined) {
      clearTimeout(job.timer);
      job.reject(new Error(`shiting-kg: extraction worker ${slot.crash?.startsWith('timed out') ? reason : `crashed (${reason})`}`));
    }
    // The jobs waiting behind it never started: they go back to the front of the queue, in order.
    this.#queue.unshift(...waiting);
    if (this.#closing || this.#broken) return;
    if (!slot.ready) {
      this.#fail(new Error(`shiting-kg: extraction worker failed to start (${reason})`));
      return;
    }
    this.#spawn();
    this.#dispatch();
  }

  /** The pool cannot work (no worker starts): every waiting and later document fails with `error`. */
  #fail(error: Error): void {
    if (this.#broken) return;
    this.#broken = error;
    for (const waiter of this.#readyWaiters.splice(0)) waiter.reject(error);
    for (const job of this.#queue.splice(0)) job.reject(error);
    for (const slot of this.#slots) {
      for (const job of slot.jobs.splice(0)) {
        clearTimeout(job.timer);
        job.reject(error);
      }
      void slot.worker.terminate();
    }
  }

  /**
   * Workers keep the process alive only while there is work: a forgotten `close()` never hangs a program.
   * Closing counts as work: `terminate()` refs each worker until it exits, and a message still on its way
   * (a slow worker's `ready`, posted before it was stopped and read after `close()`) must not unref them,
   * or the process ends with `await pool.close()` unsettled (exit status 13 under a top-level await).
   */
  #updateRefs(): void {
    const busy = this.#closing || this.#queue.length > 0 || this.#readyWaiters.length > 0 || [...this.#slots].some((slot) => slot.jobs.length > 0);
    for (const slot of this.#slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}

/** A counting gate: at most `size` holders; the others wait in order. */
class Gate {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

async function runLarge(runner: Runner, text: string, options: PoolExtractLargeOptions): Promise<ExtractionResult> {
  if (typeof text !== 'string') throw new TypeError(`shiting-kg: extractLarge(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
  const { chunkSize = CHUNK_SIZE, ...callOptions } = options;
  const [head, ...tail] = splitTextIntoChunks(text, chunkSize);
  if (tail.length === 0) return runner.run(text, callOptions);
  // The first chunk holds the header: its date dates the other chunks, which then run on every worker.
  const first = await runner.run(text.slice(head!.start, head!.end), callOptions);
  const later = laterChunkOptions(callOptions, first);
  const rest = await Promise.all(tail.map((chunk) => runner.run(text.slice(chunk.start, chunk.end), later)));
  return mergeChunkResults([{ start: 0, result: first }, ...tail.map((chunk, i) => ({ start: chunk.start, result: rest[i]! }))]);
}

function checkCount(value: unknown, name: string, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min)) {
    throw new TypeError(`shiting-kg: createExtractionPool: "${name}" must be an integer ≥ ${min}, got ${String(value)}`);
  }
}

/**
 * Create an extraction pool (see {@link ExtractionPool}).
 *
 * - workers `number` [`os.availableParallelism()`]: worker threads; `0` extracts on the calling thread.
 * - dictionary `string | object` [none]: user dictionary of every worker (JSON path or DictionaryData).
 * - dictionaryMode `'extend' | 'replace'` ['extend']: how `dictionary` combines with the bundled one.
 * - dictionaryDir `string` [bundled]: dictionary folder instead of the bundled `dictionaries/`.
 * - maxInFlight `number` [2 × workers]: documents accepted at once; further calls wait (backpressure).
 * - timeout `number` [none]: milliseconds per document before its worker is stopped and replaced.
 * - workerScript `string | URL` [dist/worker.js]: the worker module.
 * - resourceLimits `ResourceLimits` [old generation 1 GB + 16 × the user dictionary's size]: V8 heap limits of each worker.
 *
 * Each worker loads jieba and the dictionary once (about 1.5 s and 320 MB each; nodejieba does not free
 * its ~250 MB dictionary when a worker exits, so a replaced worker leaves it behind). A worker that dies
 * fails its document with `shiting-kg: extraction worker crashed (…)` and is replaced; a worker that
 * cannot start (a bad dictionary) fails every document with that reason. Call `close()` when done.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  checkCount(options.workers, 'workers', 0);
  checkCount(options.maxInFlight, 'maxInFlight', 1);
  if (options.timeout !== undefined && !(typeof options.timeout === 'number' && options.timeout > 0)) {
    throw new TypeError(`shiting-kg: createExtractionPool: "timeout" must be a number of milliseconds > 0, got ${String(options.timeout)}`);
  }
  if (options.dictionaryMode !== undefined && options.dictionaryMode !== 'extend' && options.dictionaryMode !== 'replace') {
    throw new TypeError(`shiting-kg: createExtractionPool: "dictionaryMode" must be "extend" or "replace", got ${String(options.dictionaryMode)}`);
  }
  const workers = options.workers ?? os.availableParallelism();
  const init: WorkerInit = {};
  if (options.dictionary !== undefined) init.dictionary = options.dictionary;
  if (options.dictionaryMode !== undefined) init.dictionaryMode = options.dictionaryMode;
  if (options.dictionaryDir !== undefined) init.dictionaryDir = options.dictionaryDir;
  const runner: Runner = workers === 0
    ? new InThreadRunner(init)
    : new ThreadRunner(workers, options.workerScript ?? defaultWorkerScript(), init, options.timeout, { maxOldGenerationSizeMb: workerHeapMb(WORKER_OLD_GENERATION_MB, dictionaryBytes(options.dictionary)), ...options.resourceLimits });
  const capacity = options.maxInFlight ?? Math.max(1, 2 * workers);
  const gate = new Gate(capacity);
  let active = 0;
  let closing: Promise<void> | undefined;
  let drained: (() => void) | undefined;

  async function accepted(task: () => Promise<ExtractionResult>): Promise<ExtractionResult> {
    if (closing) throw new Error('shiting-kg: the extraction pool is closed');
    active++;
    try {
      await gate.acquire();
      try {
        return await task();
      } finally {
        gate.release();
      }
    } finally {
      active--;
      if (active === 0) drained?.();
    }
  }

  return {
    workers,
    capacity,
    extract: (text, callOptions = {}) => accepted(() => runner.run(text, callOptions)),
    extractLarge: (text, callOptions = {}) => accepted(() => runLarge(runner, text, callOptions)),
    ready: () => runner.ready(),
    close() {
      closing ??= (async () => {
        if (active > 0) await new Promise<void>((resolve) => (drained = resolve));
        await runner.shutdown();
      })();
      return closing;
    },
  };
}

/**
 * The parent's Node options minus those that only make sense for a script given inline (`node --input-type=module
 * -e …`): a worker started from a file refuses them, and would die before extracting anything.
 */
function workerExecArgv(): string[] {
  const inline = /^--(?:input-type|eval|print)(?:=|$)|^-[ep]$/;
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (inline.test(arg)) {
      if (!arg.includes('=') && /^(?:--input-type|--eval|--print|-e|-p)$/.test(arg)) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
