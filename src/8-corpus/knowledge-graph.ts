/**
 * The knowledge graph users build: the graph of extraction results (src/6-graph) plus the methods that
 * extract documents on the way in — one text on this thread, or a corpus on an extraction pool.
 */
import { extract, type ExtractOptions } from '../5-extract/index.js';
import { contentId } from '../6-graph/content-id.js';
import { ExtractionGraph } from '../6-graph/knowledge-graph.js';
import type { DocumentInput } from '../6-graph/types.js';
import { extractCorpus, type CorpusSource } from './corpus.js';
import { createExtractionPool, type ExtractionPool, type ExtractionPoolOptions } from './pool.js';

/** Options of {@link KnowledgeGraph.addCorpus}. */
export interface AddCorpusOptions extends Omit<ExtractionPoolOptions, 'workers'> {
  /** A pool to extract on (left open); without one, a pool of `workers` is created and closed. */
  pool?: ExtractionPool;
  /** Worker threads of the pool created when no `pool` is given [0: extraction on this thread]. */
  workers?: number;
  /** Called after each document is merged (or fails, or is skipped), in input order. */
  onProgress?: (progress: CorpusProgress) => void;
  /** Texts longer than this many characters are extracted in chunks (`extractLarge`) [350,000]; `Infinity` never. */
  largeText?: number;
  /** Chunk length for those texts [200,000]. */
  chunkSize?: number;
}

/** Progress of {@link KnowledgeGraph.addCorpus}, reported once per document in input order. */
export interface CorpusProgress {
  /** Index of the document in the source (from 0) and its id. */
  index: number;
  id: string;
  status: 'added' | 'failed' | 'skipped';
  /** `shiting-kg: …` reason when it failed. */
  reason?: string;
  /** Documents done so far (added + failed + skipped). */
  done: number;
}

/** What {@link KnowledgeGraph.addCorpus} did. */
export interface CorpusSummary {
  /** Documents merged into the graph. */
  documents: number;
  /** Documents whose id was already in the graph. */
  skipped: number;
  /** Documents that could not be read or extracted, in input order. */
  failed: { id: string; reason: string }[];
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('shiting-kg: ') ? message : `shiting-kg: ${message}`;
}

/**
 * A knowledge graph built from documents: `addDocument` and `addCorpus` extract and merge them (see
 * `ExtractionGraph` for merging, queries, layout and serialization).
 */
export class KnowledgeGraph extends ExtractionGraph {
  /**
   * Extract `text` and merge the result (see {@link addExtraction}); returns the document id
   * (`meta.id`, or a hash of the text). `options` go to `extract` (`meta.date` fills `options.date`).
   */
  addDocument(text: string, meta: DocumentInput = {}, options: ExtractOptions = {}): string {
    const hash = meta.hash ?? contentId(text);
    const id = meta.id ?? hash;
    if (this.hasDocument(id)) return id;
    const extractOptions = meta.date !== undefined && options.date === undefined ? { ...options, date: meta.date } : options;
    return this.addExtraction(extract(text, extractOptions), { ...meta, id, hash });
  }

  /**
   * Extract a corpus and merge every document, in input order: the graph is the same whatever the
   * number of workers and whatever order they finish in. Documents are pulled from `source` only when
   * the pool has a place, so at most `pool.capacity` texts are held at once (a lazy async generator
   * reading files keeps memory bounded for a corpus of any size).
   *
   * - source `Iterable | AsyncIterable<{ id?, text, meta? }>`: `text` may be a promise (read lazily);
   *   `id` [hash of the text]; `meta.date` is given to `extract`, `meta.title` / `meta.source` are kept.
   * - options.pool `ExtractionPool` [none]: extract on this pool (not closed here).
   * - options.workers `number` [0]: without `pool`, worker threads of a pool created and closed here
   *   (with `dictionary`, `dictionaryMode`, `maxInFlight`, `timeout`… of `createExtractionPool`).
   * - options.onProgress `(progress) => void` [none]: after each document, in input order.
   * - options.largeText `number` [350,000]: longer texts are extracted in chunks (`extractLarge`).
   *
   * A document that cannot be read or extracted is listed in `failed` with its reason; the others go on.
   * A document whose id is already in the graph is skipped without being extracted.
   */
  async addCorpus(source: CorpusSource, options: AddCorpusOptions = {}): Promise<CorpusSummary> {
    const { pool: given, workers = 0, onProgress, largeText, chunkSize, ...poolOptions } = options;
    const pool = given ?? createExtractionPool({ ...poolOptions, workers });
    const summary: CorpusSummary = { documents: 0, skipped: 0, failed: [] };
    let done = 0;
    try {
      const outcomes = extractCorpus(source, {
        pool,
        skip: (id) => this.hasDocument(id),
        ...(largeText !== undefined ? { largeText } : {}),
        ...(chunkSize !== undefined ? { chunkSize } : {}),
      });
      for await (const outcome of outcomes) {
        done++;
        const { index, id } = outcome;
        if (outcome.status === 'extracted' && !this.hasDocument(id)) {
          this.addExtraction(outcome.result, { ...outcome.meta, id });
          summary.documents++;
          onProgress?.({ index, id, status: 'added', done });
        } else if (outcome.status === 'failed') {
          const reason = reasonOf(outcome.error);
          summary.failed.push({ id, reason });
          onProgress?.({ index, id, status: 'failed', reason, done });
        } else {
          summary.skipped++;
          onProgress?.({ index, id, status: 'skipped', done });
        }
      }
    } finally {
      if (given === undefined) await pool.close();
    }
    return summary;
  }
}
