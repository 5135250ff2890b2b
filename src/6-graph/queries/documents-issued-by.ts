/**
 * The policy documents an organization issued.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef } from './views.js';

export interface IssuedDocument {
  document: EntityRef;
  date?: string;
}

/** The documents `org` (id, name or alias) issued (`issued` edges), sorted by date then name. */
export function documentsIssuedBy(graph: KnowledgeGraphData, org: string, options: ConfidenceOptions = {}): IssuedDocument[] {
  const id = resolveEntity(graph, org, ['organization']);
  return incidentEdges(graph, id, ['issued'], 'out', options.minConfidence)
    .map(({ key, other }) => {
      const issued: IssuedDocument = { document: entityRef(graph, other) };
      const date = graph.getEdgeAttribute(key, 'date');
      if (date !== undefined) issued.date = date;
      return issued;
    })
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byName(a.document, b.document));
}
