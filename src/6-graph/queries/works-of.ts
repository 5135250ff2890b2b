/**
 * The works an organization produced or broadcast.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef } from './views.js';

export interface OrganizationWork {
  work: EntityRef;
  relation: 'produced' | 'broadcast';
  date?: string;
}

/** The works `org` (id, name or alias) produced or broadcast, sorted by work name then relation. */
export function worksOf(graph: KnowledgeGraphData, org: string, options: ConfidenceOptions = {}): OrganizationWork[] {
  const id = resolveEntity(graph, org, ['organization']);
  return incidentEdges(graph, id, ['produced', 'broadcast'], 'both', options.minConfidence)
    .map(({ key, other }) => {
      const edge = graph.getEdgeAttributes(key);
      const work: OrganizationWork = { work: entityRef(graph, other), relation: edge.type as OrganizationWork['relation'] };
      if (edge.date !== undefined) work.date = edge.date;
      return work;
    })
    .sort((a, b) => byName(a.work, b.work) || a.relation.localeCompare(b.relation));
}
