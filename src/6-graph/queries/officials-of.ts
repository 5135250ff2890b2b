/**
 * Who holds a position in an organization, optionally at a date.
 */
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { dictionaryNameAt } from './dictionary-names.js';
import { checkAt, heldAt } from './held-at.js';
import { incidentEdges, type ConfidenceOptions } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef, positionFields } from './views.js';

export interface Official {
  person: EntityRef;
  title?: string;
  status?: 'current' | 'former';
  date?: string;
  /** When the post began / ended, where a text says. */
  from?: string;
  to?: string;
}

export interface AtOptions {
  /** A date (2019, 2019-06, 2019-06-03): only the posts held then (see held-at.ts), and a name read as the body it meant then. */
  at?: string;
}

/**
 * The node of `org` at date `at`: a name the dictionary gave several bodies in turn is the one of
 * that date (广电总局 in 2016: 国家新闻出版广电总局) when the graph has it. Without `at`, a name that is
 * an alias of several of them (2016's and 2020's 广电总局) is today's body.
 */
export function organizationAt(graph: KnowledgeGraphData, org: string, at: string | undefined): string {
  const dated = graph.hasNode(org) ? undefined : dictionaryNameAt(org, at ?? new Date().toISOString().slice(0, 10));
  const node = dated === undefined ? undefined : `organization:${dated}`;
  if (at !== undefined && node !== undefined && graph.hasNode(node)) return node;
  try {
    return resolveEntity(graph, org, ['organization']);
  } catch (error) {
    if (node !== undefined && graph.hasNode(node)) return node;
    throw error;
  }
}

/** `id` and the nodes of the same body under its other names (linked by `succeeded_by` edges titled renamed). */
export function sameBody(graph: KnowledgeGraphData, id: string): string[] {
  const seen = new Set([id]);
  for (const node of seen) {
    graph.forEachEdge(node, (_key, edge, source, target) => {
      if (edge.type === 'succeeded_by' && edge.title === 'renamed') { seen.add(source); seen.add(target); }
    });
  }
  return [...seen];
}

/**
 * The people holding (or having held) a position in organization `org` (id, name or alias), from
 * its `holds_position` edges (`options.minConfidence`: of that confidence or more), sorted current
 * first, then by name. With `at`, only the posts held at that date, at the body under any of its
 * names (a rename keeps the body).
 */
export function officialsOf(graph: KnowledgeGraphData, org: string, options: AtOptions & ConfidenceOptions = {}): Official[] {
  checkAt(options.at);
  const id = organizationAt(graph, org, options.at);
  const bodies = options.at === undefined ? [id] : sameBody(graph, id);
  const officials = bodies.flatMap((body) => incidentEdges(graph, body, ['holds_position'], 'both', options.minConfidence))
    .filter(({ key }) => options.at === undefined || heldAt(graph.getEdgeAttributes(key), options.at))
    .map(({ key, other }) => {
      const official: Official = { person: entityRef(graph, other), ...positionFields(graph.getEdgeAttributes(key)) };
      return official;
    });
  const rank = (official: Official): number => (official.status === 'former' ? 1 : 0);
  return officials.sort((a, b) => rank(a) - rank(b) || byName(a.person, b.person));
}
