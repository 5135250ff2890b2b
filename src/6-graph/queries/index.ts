/** Queries over a knowledge graph's graphology graph, one per module. */
export { findEntities, type FindEntitiesOptions } from './find-entities.js';
export { resolveEntity } from './resolve-entity.js';
export { neighbors, type Neighbor, type NeighborsOptions } from './neighbors.js';
export { officialsOf, type Official } from './officials-of.js';
export { positionsOf, type Position } from './positions-of.js';
export { worksOf, type OrganizationWork } from './works-of.js';
export { agreementsOf, type OrganizationAgreement } from './agreements-of.js';
export { documentsIssuedBy, type IssuedDocument } from './documents-issued-by.js';
export { relations, type RelationsOptions } from './relations.js';
export { timeline, type TimelineEntry } from './timeline.js';
export { shortestPath, type PathStep } from './shortest-path.js';
export { ego, egoNodes } from './ego.js';
export { rank, type RankOptions, type RankedEntity } from './rank.js';
export { detectCommunities, type CommunitiesOptions, type CommunitiesResult } from './communities.js';
export { summarize, type GraphSummary } from './summarize.js';
export type { Direction } from './incident.js';
export { checkMinConfidence, confidentSubgraph } from './confident.js';
export type { ConfidenceOptions } from './incident.js';
