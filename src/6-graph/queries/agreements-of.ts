/**
 * The agreements an organization signed, and who signed them with it.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef } from './views.js';

export interface OrganizationAgreement {
  agreement: EntityRef;
  /** The other signers of the same agreement (not `org`'s own officials, who sign on its behalf). */
  counterparties: EntityRef[];
  date?: string;
}

/**
 * The agreements `org` (id, name or alias) signed (`signed` edges to an agreement entity), each with
 * its counterparties: the other entities with a `signed` edge to that agreement, leaving out `org`'s
 * own officials (those with a `holds_position` edge to `org`).
 */
export function agreementsOf(graph: KnowledgeGraphData, org: string, options: ConfidenceOptions = {}): OrganizationAgreement[] {
  const id = resolveEntity(graph, org, ['organization']);
  const ownOfficials = new Set(incidentEdges(graph, id, ['holds_position'], 'in').map((edge) => edge.other));
  const agreements = new Map<string, OrganizationAgreement>();
  for (const { key, other } of incidentEdges(graph, id, ['signed'], 'both', options.minConfidence)) {
    if (graph.getNodeAttribute(other, 'type') !== 'agreement' || agreements.has(other)) continue;
    const signers = new Set(incidentEdges(graph, other, ['signed'], 'both', options.minConfidence).map((edge) => edge.other));
    signers.delete(id);
    for (const official of ownOfficials) signers.delete(official);
    const agreement: OrganizationAgreement = {
      agreement: entityRef(graph, other),
      counterparties: [...signers].map((signer) => entityRef(graph, signer)).sort(byName),
    };
    const date = graph.getEdgeAttribute(key, 'date');
    if (date !== undefined) agreement.date = date;
    agreements.set(other, agreement);
  }
  return [...agreements.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || byName(a.agreement, b.agreement));
}
