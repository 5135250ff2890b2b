/**
 * Who holds a position in an organization.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef, positionFields } from './views.js';

export interface Official {
  person: EntityRef;
  title?: string;
  status?: 'current' | 'former';
  date?: string;
}

/**
 * The people holding (or having held) a position in organization `org` (id, name or alias), from
 * its `holds_position` edges (`options.minConfidence`: of that confidence or more), sorted current first, then by name.
 */
export function officialsOf(graph: KnowledgeGraphData, org: string, options: ConfidenceOptions = {}): Official[] {
  const id = resolveEntity(graph, org, ['organization']);
  const officials = incidentEdges(graph, id, ['holds_position'], 'both', options.minConfidence).map(({ key, other }) => {
    const official: Official = { person: entityRef(graph, other), ...positionFields(graph.getEdgeAttributes(key)) };
    return official;
  });
  const rank = (official: Official): number => (official.status === 'former' ? 1 : 0);
  return officials.sort((a, b) => rank(a) - rank(b) || byName(a.person, b.person));
}
