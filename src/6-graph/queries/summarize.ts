/**
 * A summary of the graph: what the CLI prints after building it and for `stats`.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../types.js';
import type { KnowledgeGraphData } from '../types.js';
import { rank, type RankedEntity } from './rank.js';

export interface GraphSummary {
  entities: number;
  relations: number;
  entitiesByType: Record<EntityType, number>;
  relationsByType: Record<RelationType, number>;
  /** The entities with the most edges. */
  topEntities: RankedEntity[];
}

/** Count entities and relations by type and list the `top` [10] entities by degree. */
export function summarize(graph: KnowledgeGraphData, top = 10): GraphSummary {
  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
  graph.forEachNode((_node, attributes) => {
    entitiesByType[attributes.type] = (entitiesByType[attributes.type] ?? 0) + 1;
  });
  graph.forEachEdge((_edge, attributes) => {
    relationsByType[attributes.type] = (relationsByType[attributes.type] ?? 0) + 1;
  });
  return {
    entities: graph.order,
    relations: graph.size,
    entitiesByType,
    relationsByType,
    topEntities: rank(graph, { by: 'degree', limit: top }),
  };
}
