/**
 * shiting-kg's public API: what the README documents. Building blocks the library uses inside (the
 * tokenizer, the normaliser, layout steps, exporters' column lists …) are reachable at
 * `shiting-kg/internals` for benchmarks and experiments, with no promise that they stay.
 */

// The types of the pipeline's data, and the lists of entity and relation types and subtypes.
export * from './types.js';

// Extraction: text → entities and relations, and the stages it runs (segment → mentions → resolve → relations).
export {
  createExtractor, extract, MAX_TEXT_LENGTH, defaultRecognizers, defaultRelationRules,
  segmentDocument, mentionContext, recognizeMentions, selectCandidates, resolveEntities, extractRelations,
  entityRecognizers, assignConfidence, bundledCalibration, confidenceOf, loadCalibrationFile, parseCalibration,
} from './5-extract/index.js';
export type {
  ExtractOptions, Extractor, ExtractorOptions, Candidate, CandidateKind, Recognizer, RecognizerContext,
  RelationCandidate, RelationContext, RelationRule, SegmentedDocument, SegmentOptions, Resolution, ResolvedMention,
  Calibration,
} from './5-extract/index.js';

// The dictionary: domain knowledge as data, validated and compiled once per extractor.
export { compileDictionary, type CompiledDictionary } from './dictionary/compile.js';
export { DictionaryError, loadDictionaryDir, loadDictionaryFile, mergeDictionaries, parseDictionary, defaultDictionaryDir } from './dictionary/load.js';
export type { DictionaryData, DictionaryInput, OrganizationEntry, TitleEntry } from './dictionary/schema.js';

// The graph: extraction results merged into one graphology graph, its queries (functions of the graph, and
// the same as methods), its layout and palette.
export { KnowledgeGraph, type AddCorpusOptions, type CorpusProgress, type CorpusSummary } from './8-corpus/knowledge-graph.js';
export { ExtractionGraph, GRAPH_QUERIES, layout, ENTITY_COLORS, entityColor } from './6-graph/index.js';
export {
  findEntities, resolveEntity, neighbors, officialsOf, positionsOf, worksOf, agreementsOf, documentsIssuedBy,
  relations, timeline, shortestPath, ego, rank, detectCommunities, summarize, confidentSubgraph,
} from './6-graph/index.js';
export type {
  GraphQueryMethods, LayoutOptions, DocumentInput, EntityRef, KnowledgeGraphData, RelationView, SerializedKnowledgeGraph,
  FindEntitiesOptions, Neighbor, NeighborsOptions, Official, Position, OrganizationWork, OrganizationAgreement,
  IssuedDocument, RelationsOptions, TimelineEntry, PathStep, RankOptions, RankedEntity, CommunitiesOptions,
  CommunitiesResult, GraphSummary, Direction, ConfidenceOptions,
} from './6-graph/index.js';

// Exports: one pure function per format, the registry, and the atomic writer.
export {
  writeExports, writeFileAtomic, EXPORTERS, EXPORT_FORMATS, ExportError, FormatsFailedError,
  toGexf, toGraphml, toJson, toJsonChunks, toCsv, toNeo4j, toHtml,
} from './7-export/index.js';
export type { ExportFile, ExportFormat, ExportOptions, ExportWithOptions, Exporter, FileContent } from './7-export/index.js';

// Input: file decoding (UTF-8/16, GB18030/GBK).
export { decodeText, readTextFile, type DecodeOptions, type DecodedText } from './io/index.js';

// Many documents, big documents: an extraction pool on worker threads, corpora in input order, texts in chunks.
export { createExtractionPool, defaultWorkerCount, type ExtractionPool, type ExtractionPoolOptions, type PoolExtractLargeOptions } from './8-corpus/pool.js';
export { extractCorpus, type CorpusDocument, type CorpusOutcome, type CorpusSource, type ExtractCorpusOptions } from './8-corpus/corpus.js';
export { extractLarge, type ExtractLargeOptions } from './5-extract/large-text.js';
export { CHUNK_SIZE, LARGE_TEXT_THRESHOLD, type TextChunk } from './5-extract/chunks.js';
