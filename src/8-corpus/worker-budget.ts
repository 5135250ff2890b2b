/**
 * How many workers a machine can run, and how much heap each needs: every worker compiles its own
 * copy of the dictionary, so a large user dictionary multiplies by the workers. Measured (compiled
 * organizations dictionary, V8 heap after createExtractor): 8.2 MB of JSON → 115 MB of heap, 76.5 MB
 * → 1,038 MB, about 14 × the file; a worker with the bundled dictionary alone holds about 320 MB
 * (jieba's native dictionary and the extractor) plus what one document's extraction needs.
 */
import { statSync } from 'node:fs';
import os from 'node:os';

/** Heap bytes a worker needs per byte of user dictionary JSON (measured 13.6, rounded up). */
export const DICTIONARY_HEAP_FACTOR = 16;

/** Memory of one worker without a user dictionary, in MB (jieba, the bundled dictionary, one document's extraction). */
export const WORKER_BASE_MB = 600;

const MB = 2 ** 20;

/** The size in bytes of a user dictionary as the pool gets it: a JSON file's size, or an object's JSON. */
export function dictionaryBytes(dictionary: string | Record<string, unknown> | undefined): number {
  if (dictionary === undefined) return 0;
  if (typeof dictionary === 'string') return statSync(dictionary, { throwIfNoEntry: false })?.size ?? 0;
  try {
    return Buffer.byteLength(JSON.stringify(dictionary));
  } catch {
    return 0;
  }
}

/** The old-generation heap limit of a worker, in MB: `base` plus room for the compiled user dictionary. */
export function workerHeapMb(base: number, dictionary: number): number {
  return base + Math.ceil((DICTIONARY_HEAP_FACTOR * dictionary) / MB);
}

/** The memory one worker is expected to take, in MB, with a user dictionary of `dictionary` bytes. */
export function workerMemoryMb(dictionary: number): number {
  return workerHeapMb(WORKER_BASE_MB, dictionary);
}

/** What the machine offers: cores, and memory free for new threads, in MB. */
export interface MachineBudget {
  cores: number;
  freeMb: number;
}

/** This machine's cores and free memory (the smaller of the system's and the process's cgroup limit's). */
export function machineBudget(): MachineBudget {
  const constrained = process.constrainedMemory?.() ?? 0;
  const free = os.freemem();
  const room = constrained > 0 && constrained < os.totalmem() ? Math.min(free, constrained - process.memoryUsage.rss()) : free;
  return { cores: os.availableParallelism(), freeMb: Math.floor(room / MB) };
}

/**
 * The workers to start for `requested`: at most one per core and as many as free memory holds at
 * {@link workerMemoryMb} each (at least one). `reason` says why fewer than asked, for a message.
 */
export function capWorkers(requested: number, dictionary: number, machine: MachineBudget = machineBudget()): { workers: number; reason?: string } {
  if (requested <= 1) return { workers: requested };
  const perWorker = workerMemoryMb(dictionary);
  const byMemory = Math.max(1, Math.floor(machine.freeMb / perWorker));
  const workers = Math.min(requested, machine.cores, byMemory);
  if (workers === requested) return { workers };
  const reason = workers === machine.cores && machine.cores < byMemory
    ? `${machine.cores} core${machine.cores === 1 ? '' : 's'}`
    : `${(machine.freeMb / 1024).toFixed(1)} GB of free memory at about ${(perWorker / 1024).toFixed(1)} GB a worker${dictionary > 0 ? ' with this dictionary' : ''}`;
  return { workers, reason };
}
