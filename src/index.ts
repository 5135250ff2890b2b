export * from './types.js';
export * from './5-extract/index.js';
export { compileDictionary, type CompiledDictionary } from './dictionary/compile.js';
export { DictionaryError, loadDictionaryDir, loadDictionaryFile, mergeDictionaries, parseDictionary, defaultDictionaryDir } from './dictionary/load.js';
export type { DictionaryData, DictionaryInput, OrganizationEntry, TitleEntry } from './dictionary/schema.js';
export { normalizeText, originalSpan, createJoinTest, type NormalizedText } from './1-segment/normalize.js';
export { splitSentences } from './1-segment/sentences.js';
export { tokenize, cut } from './1-segment/tokenizer.js';
export { readDocumentMeta, resolveDate } from './1-segment/document-meta.js';

// Graph stage: knowledge graph, queries, layout.
export * from './6-graph/index.js';
// Exports: one module per format, plus the registry and the atomic writer.
export * from './7-export/index.js';
// Input: file decoding (UTF-8/16, GB18030/GBK) and Traditional → Simplified Chinese.
export * from './io/index.js';
// Scale: an extraction pool on worker threads, corpora in input order, texts of any length in chunks.
export { createExtractionPool, defaultWorkerCount, defaultWorkerScript, type ExtractionPool, type ExtractionPoolOptions, type PoolExtractLargeOptions } from './8-corpus/pool.js';
export { extractCorpus, type CorpusDocument, type CorpusOutcome, type CorpusSource, type ExtractCorpusOptions } from './8-corpus/corpus.js';
export { extractLarge, mergeChunkResults, splitTextIntoChunks, CHUNK_SIZE, LARGE_TEXT_THRESHOLD, type ExtractLargeOptions, type TextChunk } from './8-corpus/large-text.js';
export { KnowledgeGraph, type AddCorpusOptions, type CorpusProgress, type CorpusSummary } from './8-corpus/knowledge-graph.js';
