/**
 * Messages between the extraction pool (main thread) and its workers. Everything is plain data
 * (structured clone): a dictionary travels as its JSON object or its file path, never as a function.
 */
import type { ExtractOptions } from '../5-extract/index.js';
import type { ExtractionResult } from '../types.js';

/** `workerData` of a worker: what it builds its one extractor from. */
export interface WorkerInit {
  dictionary?: string | Record<string, unknown>;
  dictionaryMode?: 'extend' | 'replace';
  dictionaryDir?: string;
}

/** A document to extract. */
export interface WorkerJob {
  id: number;
  text: string;
  options: ExtractOptions;
}

/** What a worker sends back. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'init-error'; message: string }
  | { type: 'result'; id: number; result: ExtractionResult }
  | { type: 'error'; id: number; name: string; message: string };
