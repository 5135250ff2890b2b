/**
 * The positions a person holds.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { incidentEdges } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef } from './views.js';

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
export function positionsOf(graph: KnowledgeGraphData, person: string): Position[] {
  const id = resolveEntity(graph, person, ['official', 'person']);
  const positions = incidentEdges(graph, id, ['holds_position']).map(({ key, other }) => {
    const edge = graph.getEdgeAttributes(key);
    const position: Position = { organization: entityRef(graph, other) };
    if (edge.title !== undefined) position.title = edge.title;
    if (edge.status !== undefined) position.status = edge.status;
    if (edge.date !== undefined) position.date = edge.date;
    return position;
  });
  const rank = (position: Position): number => (position.status === 'former' ? 1 : 0);
  return positions.sort((a, b) => rank(a) - rank(b) || byName(a.organization, b.organization));
}
