/**
 * The entities linked to an entity, one row per edge.
 */
import type { RelationType } from '../../types.js';
import type { EntityRef, KnowledgeGraphData, RelationView } from '../types.js';
import { incidentEdges, type ConfidenceOptions, type Direction } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { entityRef, relationView } from './views.js';

export interface NeighborsOptions extends ConfidenceOptions {
  /** Only edges of this relation type [any]. */
  relation?: RelationType;
  /** Follow outgoing, incoming or all edges [`'both'`]. */
  direction?: Direction | 'both';
}

export interface Neighbor {
  /** The entity at the other end of the edge. */
  entity: EntityRef;
  relation: RelationView;
  /** `'out'` when the queried entity is the relation's source. */
  direction: Direction;
}

/** Neighbours of `entity` (an id, name or alias), one per edge. */
export function neighbors(graph: KnowledgeGraphData, entity: string, options: NeighborsOptions = {}): Neighbor[] {
  const id = resolveEntity(graph, entity);
  const types = options.relation === undefined ? undefined : [options.relation];
  return incidentEdges(graph, id, types, options.direction ?? 'both', options.minConfidence).map(({ key, other, direction }) => ({
    entity: entityRef(graph, other),
    relation: relationView(graph, key),
    direction,
  }));
}
