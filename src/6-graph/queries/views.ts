/**
 * The plain views of nodes and edges that queries return.
 */
import type { EdgeAttributes } from '../../types.js';
import type { KnowledgeGraphData, EntityRef, RelationView } from '../types.js';

/** The {@link EntityRef} of node `id`. */
export function entityRef(graph: KnowledgeGraphData, id: string): EntityRef {
  const node = graph.getNodeAttributes(id);
  const ref: EntityRef = { id, name: node.label, type: node.type };
  if (node.subtype !== undefined) ref.subtype = node.subtype;
  return ref;
}

/** The {@link RelationView} of edge `key`. */
export function relationView(graph: KnowledgeGraphData, key: string): RelationView {
  const edge = graph.getEdgeAttributes(key);
  const view: RelationView = {
    key,
    type: edge.type,
    source: entityRef(graph, graph.source(key)),
    target: entityRef(graph, graph.target(key)),
    evidence: edge.evidence,
    documents: edge.documents,
  };
  if (edge.title !== undefined) view.title = edge.title;
  if (edge.status !== undefined) view.status = edge.status;
  if (edge.date !== undefined) view.date = edge.date;
  return view;
}

/** Compare two entity refs by name, then id (a stable order for query results). */
export function byName(a: EntityRef, b: EntityRef): number {
  return a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The title, status, date and tenure (from, to) of a holds_position edge, leaving out what it does not have. */
export function positionFields(edge: EdgeAttributes): { title?: string; status?: 'current' | 'former'; date?: string; from?: string; to?: string } {
  return {
    ...(edge.title !== undefined ? { title: edge.title } : {}),
    ...(edge.status !== undefined ? { status: edge.status } : {}),
    ...(edge.date !== undefined ? { date: edge.date } : {}),
    ...(edge.from !== undefined ? { from: edge.from } : {}),
    ...(edge.to !== undefined ? { to: edge.to } : {}),
  };
}
