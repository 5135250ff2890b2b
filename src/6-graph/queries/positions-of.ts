/**
 * The positions a person holds, optionally at a date.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { checkAt, heldAt } from './held-at.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import type { AtOptions } from './officials-of.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef, positionFields } from './views.js';

export interface Position {
  organization: EntityRef;
  title?: string;
  status?: 'current' | 'former';
  date?: string;
  /** When the post began / ended, where a text says. */
  from?: string;
  to?: string;
}

/**
 * The positions of `person` (id, name or alias) from its `holds_position` edges, sorted current
 * first, then by organization name. With `at`, only the posts held at that date (see held-at.ts).
 */
export function positionsOf(graph: KnowledgeGraphData, person: string, options: AtOptions & ConfidenceOptions = {}): Position[] {
  checkAt(options.at);
  const id = resolveEntity(graph, person, ['official', 'person']);
  const positions = incidentEdges(graph, id, ['holds_position'], 'both', options.minConfidence)
    .filter(({ key }) => options.at === undefined || heldAt(graph.getEdgeAttributes(key), options.at))
    .map(({ key, other }) => {
      const position: Position = { organization: entityRef(graph, other), ...positionFields(graph.getEdgeAttributes(key)) };
      return position;
    });
  const rank = (position: Position): number => (position.status === 'former' ? 1 : 0);
  return positions.sort((a, b) => rank(a) - rank(b) || byName(a.organization, b.organization));
}
