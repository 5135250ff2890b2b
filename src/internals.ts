/**
 * `shiting-kg/internals`: the building blocks inside the pipeline, for benchmarks, experiments and
 * tools that need one step alone. Not the public API (see src/index.ts): these may change in any release.
 */
export { ExtractOptionsSchema, ExtractorOptionsSchema } from './5-extract/extractor.js';
export { normalizeText, originalSpan, createJoinTest, type NormalizedText, type JoinTest } from './1-segment/normalize.js';
export { splitSentences } from './1-segment/sentences.js';
export { tokenize, cut, isWord } from './1-segment/tokenizer.js';
export { readDocumentMeta, resolveDate } from './1-segment/document-meta.js';
export { forceLayout, seedPositions, sizeByDegree, colorByType, iterationBudget, barnesHutTheta, BARNES_HUT_THRESHOLD } from './6-graph/layout.js';
export { UNKNOWN_ENTITY_COLOR } from './6-graph/palette.js';
export { edgeKey } from './6-graph/keys.js';
export { contentId } from './6-graph/content-id.js';
export { egoNodes } from './6-graph/queries/ego.js';
export { exportFiles, exporterOf, DRAWN_FORMATS, nodesCsv, edgesCsv, NODE_COLUMNS, EDGE_COLUMNS, neutraliseFormula, removePendingTemporaries, writeFiles, abandonWrites, openOutputSet, lockOutputDir, STATE_DIR, xmlSafe } from './7-export/index.js';
export * from './7-export/neo4j/index.js';
export { isMostlyTraditional, toSimplified, traditionalShare, TRADITIONAL_THRESHOLD } from './io/traditional.js';
export { mergeChunkResults, splitTextIntoChunks } from './5-extract/chunks.js';
export { defaultWorkerScript } from './8-corpus/pool.js';
