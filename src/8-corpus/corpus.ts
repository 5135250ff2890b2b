/**
 * A corpus through an extraction pool: documents pulled from a (lazy) source only when the pool has a
 * place, extracted concurrently, and handed back IN INPUT ORDER whatever order the workers finish in.
 */
import { contentId } from '../6-graph/content-id.js';
import type { ExtractOptions } from '../5-extract/index.js';
import type { ExtractionResult, HashedDocumentMeta } from '../types.js';
import { LARGE_TEXT_THRESHOLD } from '../5-extract/chunks.js';
import type { ExtractionPool } from './pool.js';

/** One document of a corpus. */
export interface CorpusDocument {
  /** Document id [`doc:` + a hash of the text]. */
  id?: string;
  /**
   * The text, or a promise of it: a source can start reading a file only when the document is pulled,
   * and a rejected promise fails that document alone.
   */
  text: string | PromiseLike<string>;
  /** Publication date (given to `extract` as `date`), title and source, kept in the graph's document list. */
  meta?: HashedDocumentMeta;
}

/** A corpus: any iterable or async iterable of documents (an async generator reads lazily). */
export type CorpusSource = AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>;

/** What became of one document, in input order (`index` counts from 0). */
export type CorpusOutcome =
  | { status: 'extracted'; index: number; id: string; meta: HashedDocumentMeta; result: ExtractionResult }
  | { status: 'failed'; index: number; id: string; error: unknown }
  | { status: 'skipped'; index: number; id: string };

export interface ExtractCorpusOptions {
  /** The pool the documents are extracted on. */
  pool: ExtractionPool;
  /** Documents pulled ahead of the one handed back next [`pool.capacity`]: the texts held at most. */
  window?: number;
  /** Texts longer than this many characters go through `pool.extractLarge` [350,000]; `Infinity` never. */
  largeText?: number;
  /** Chunk length of `extractLarge` [200,000]. */
  chunkSize?: number;
  /** Documents whose id this returns true for are not extracted (outcome `skipped`). */
  skip?: (id: string) => boolean;
  /** Id of a document given without one [`doc:` + 16 hex digits of the text's SHA-256]. */
  idOf?: (text: string) => string;
}

function iteratorOf(source: CorpusSource): AsyncIterator<CorpusDocument> | Iterator<CorpusDocument> {
  if (source !== null && typeof source === 'object' && Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  if (source !== null && typeof source === 'object' && Symbol.iterator in source) return source[Symbol.iterator]();
  throw new TypeError('shiting-kg: addCorpus(source): source must be an iterable or async iterable of { id?, text, meta? }');
}

/**
 * Extract every document of `source` on `options.pool` and yield one outcome per document, in input
 * order. At most `window` documents are pulled from the source and not yet handed back, so a corpus of
 * any size is held `window` texts at a time. A document whose text cannot be had, or whose extraction
 * fails, yields `failed` and the others go on.
 */
export async function* extractCorpus(source: CorpusSource, options: ExtractCorpusOptions): AsyncGenerator<CorpusOutcome, void, undefined> {
  const { pool, largeText = LARGE_TEXT_THRESHOLD, chunkSize, skip, idOf = contentId } = options;
  const window = options.window ?? pool.capacity;
  if (!Number.isInteger(window) || window < 1) throw new TypeError(`shiting-kg: addCorpus: "window" must be an integer ≥ 1, got ${String(window)}`);
  const iterator = iteratorOf(source);
  const pending: Promise<CorpusOutcome>[] = [];
  let index = 0;
  let exhausted = false;

  async function settle(document: CorpusDocument, at: number): Promise<CorpusOutcome> {
    let id = typeof document?.id === 'string' ? document.id : undefined;
    try {
      if (document === null || typeof document !== 'object') throw new TypeError(`shiting-kg: addCorpus: document ${at + 1} must be an object { id?, text, meta? }`);
      const text = await document.text;
      if (typeof text !== 'string') throw new TypeError(`shiting-kg: addCorpus: the text of document ${id ?? at + 1} must be a string, got ${text === null ? 'null' : typeof text}`);
      // The content id of the text goes with the document: a graph can tell a text it has under another name.
      const hash = document.meta?.hash ?? contentId(text);
      id ??= idOf === contentId ? hash : idOf(text);
      if (skip?.(id)) return { status: 'skipped', index: at, id };
      const meta: HashedDocumentMeta = { ...document.meta, hash };
      const extractOptions: ExtractOptions = meta.date !== undefined ? { date: meta.date } : {};
      const result = text.length > largeText
        ? await pool.extractLarge(text, chunkSize === undefined ? extractOptions : { ...extractOptions, chunkSize })
        : await pool.extract(text, extractOptions);
      return { status: 'extracted', index: at, id, meta, result };
    } catch (error) {
      return { status: 'failed', index: at, id: id ?? `#${at + 1}`, error };
    }
  }

  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else pending.push(settle(next.value, index++));
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
