/** The graph stage: the knowledge graph, its queries and its layout. */
export { KnowledgeGraph, type AddCorpusOptions, type CorpusProgress, type CorpusSummary } from './knowledge-graph.js';
export * from './queries/index.js';
export { layout, forceLayout, seedPositions, sizeByDegree, colorByType, iterationBudget, barnesHutTheta, BARNES_HUT_THRESHOLD, type LayoutOptions } from './layout.js';
export { ENTITY_COLORS, UNKNOWN_ENTITY_COLOR, entityColor } from './palette.js';
export { edgeKey } from './keys.js';
export type { DocumentInput, EntityRef, KnowledgeGraphData, RelationView, SerializedKnowledgeGraph } from './types.js';
