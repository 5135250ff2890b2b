/** The graph stage: the knowledge graph, its queries and its layout. */
export { ExtractionGraph } from './knowledge-graph.js';
export { contentId } from './content-id.js';
export * from './queries/index.js';
export { GRAPH_QUERIES, type GraphQueryMethods } from './queries/table.js';
export { layout, forceLayout, seedPositions, sizeByDegree, colorByType, iterationBudget, barnesHutTheta, BARNES_HUT_THRESHOLD, type LayoutOptions } from './layout.js';
export { ENTITY_COLORS, UNKNOWN_ENTITY_COLOR, entityColor } from './palette.js';
export { edgeKey } from './keys.js';
export type { DocumentInput, EntityRef, KnowledgeGraphData, RelationView, SerializedKnowledgeGraph } from './types.js';
