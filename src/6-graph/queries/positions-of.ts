/**
 * The positions a person holds.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef, positionFields } from './views.js';

export interface Position {
  organization: EntityRef;
  title?: string;
  status?: 'current' | 'former';
  date?: string;
}

/**
 * The positions of `person` (id, name or alias) from its `holds_position` edges, sorted current
 * first, then by organization name.
 */
export function positionsOf(graph: KnowledgeGraphData, person: string, options: ConfidenceOptions = {}): Position[] {
  const id = resolveEntity(graph, person, ['official', 'person']);
  const positions = incidentEdges(graph, id, ['holds_position'], 'both', options.minConfidence).map(({ key, other }) => {
    const position: Position = { organization: entityRef(graph, other), ...positionFields(graph.getEdgeAttributes(key)) };
    return position;
  });
  const rank = (position: Position): number => (position.status === 'former' ? 1 : 0);
  return positions.sort((a, b) => rank(a) - rank(b) || byName(a.organization, b.organization));
}
