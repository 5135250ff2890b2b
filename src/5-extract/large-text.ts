/**
 * `extractLarge`: a text of any length with a chosen chunk size or extractor (see ./chunks.ts).
 */
import type { ExtractionResult } from '../types.js';
import { CHUNK_SIZE, extractInChunks } from './chunks.js';
import { collectGarbage } from './collect-garbage.js';
import { createExtractor, extract, type ExtractOptions } from './extractor.js';

/** Options of `extractLarge`: those of `extract`, plus the chunk size and the extractor to use. */
export interface ExtractLargeOptions extends ExtractOptions {
  /** Target chunk length in characters [200,000]. */
  chunkSize?: number;
  /** Extractor for every chunk [the shared one of `extract`; one built from `dictionary` when given]. */
  extractor?: { extract(text: string, options?: ExtractOptions): ExtractionResult };
}

/**
 * Extracts a text of any length: splits it at sentence boundaries into chunks of about `chunkSize`
 * characters (`splitTextIntoChunks`), extracts the first chunk, then every other chunk with the date
 * the first one found in the header (or `options.date`), and merges the results (`mergeChunkResults`)
 * so that `text.slice(mention.start, mention.end) === mention.text` holds in the whole text.
 *
 * A text of at most `chunkSize` characters gives exactly `extract(text, options)`. On longer texts the
 * result can differ from one `extract` call where a short form (a surname, an abbreviation) is resolved
 * only through a full name in another chunk, and relations are listed in chunk order.
 * When the first chunk has no date and the caller gave none, each chunk dates itself from its own
 * first lines, as `extract` would.
 */
export function extractLarge(text: string, options: ExtractLargeOptions = {}): ExtractionResult {
  if (typeof text !== 'string') throw new TypeError(`shiting-kg: extractLarge(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
  const { chunkSize = CHUNK_SIZE, extractor: given, ...rest } = options;
  const { dictionary, ...callOptions } = rest;
  const extractor = given ?? (dictionary !== undefined ? createExtractor({ dictionary }) : { extract });
  return extractInChunks(text, chunkSize, callOptions, (chunk, options) => extractor.extract(chunk, options), collectGarbage);
}
