export * from './types.js';
export * from './extract/index.js';
export { compileDictionary, type CompiledDictionary } from './dictionary/compile.js';
export { DictionaryError, loadDictionaryDir, loadDictionaryFile, mergeDictionaries, parseDictionary, defaultDictionaryDir } from './dictionary/load.js';
export type { DictionaryData, DictionaryInput, OrganizationEntry, TitleEntry } from './dictionary/schema.js';
export { normalizeText, originalSpan, createJoinTest, type NormalizedText } from './segment/normalize.js';
export { splitSentences } from './segment/sentences.js';
export { tokenize, cut } from './segment/tokenizer.js';
export { readDocumentMeta, resolveDate } from './segment/document-meta.js';

// Graph stage: knowledge graph, queries, layout.
export * from './graph/index.js';
// Exports: one module per format, plus the registry and the atomic writer.
export * from './export/index.js';
// Input: file decoding (UTF-8/16, GB18030/GBK) and Traditional → Simplified Chinese.
export * from './io/index.js';
// Scale: an extraction pool on worker threads, corpora in input order, texts of any length in chunks.
export { createExtractionPool, defaultWorkerCount, defaultWorkerScript, type ExtractionPool, type ExtractionPoolOptions, type PoolExtractLargeOptions } from './parallel/pool.js';
export { extractCorpus, type CorpusDocument, type CorpusOutcome, type CorpusSource, type ExtractCorpusOptions } from './parallel/corpus.js';
export { extractLarge, mergeChunkResults, splitTextIntoChunks, CHUNK_SIZE, LARGE_TEXT_THRESHOLD, type ExtractLargeOptions, type TextChunk } from './parallel/large-text.js';
