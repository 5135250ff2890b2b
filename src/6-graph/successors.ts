/**
 * Bodies in time. An organization the dictionary dates (国家新闻出版广电总局 2013-03 – 2018-03) keeps its
 * period on its node (`from`, `to`) with what it became (`successors`, `change`), and the graph links it
 * to each successor it has as a node by a `succeeded_by` edge: title = the change (renamed, merged,
 * split), date = the day it took effect. The edge is the dictionary's knowledge, not a text's: it has
 * no evidence and no documents. Whichever of the two bodies comes second makes the link.
 */
import type { Entity, NodeAttributes } from '../types.js';
import { edgeKey } from './keys.js';
import type { KnowledgeGraphData } from './types.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);

/** Gives `node` the period and successors `entity` carries (attributes of 3-resolve's markPeriods) that it lacks. */
export function mergePeriod(node: NodeAttributes, entity: Entity): void {
  const attributes = entity.attributes;
  if (entity.type !== 'organization' || attributes === undefined) return;
  const from = text(attributes.from);
  const to = text(attributes.to);
  const successors = list(attributes.successors);
  const change = text(attributes.change);
  if (from !== undefined) node.from ??= from;
  if (to !== undefined) node.to ??= to;
  if (successors !== undefined) node.successors ??= successors;
  if (change !== undefined) node.change ??= change;
}

const organizationId = (name: string): string => `organization:${name}`;

/** A `succeeded_by` edge from `before` to `after` (both nodes of the graph), unless it is there. */
function link(graph: KnowledgeGraphData, before: string, after: string): void {
  const node = graph.getNodeAttributes(before);
  const title = node.change ?? 'succeeded';
  const key = edgeKey('succeeded_by', before, after, title);
  if (graph.hasEdge(key) || before === after) return;
  graph.addDirectedEdgeWithKey(key, before, after, node.to === undefined
    ? { type: 'succeeded_by', title, evidence: [], documents: [] }
    : { type: 'succeeded_by', title, date: node.to, evidence: [], documents: [] });
}

/** Links each dated organization of `entities` (already nodes) to its successors and predecessors present in the graph. */
export function linkSuccessors(graph: KnowledgeGraphData, entities: readonly Entity[]): void {
  for (const entity of entities) {
    if (entity.type !== 'organization' || entity.attributes === undefined || !graph.hasNode(entity.id)) continue;
    for (const name of list(entity.attributes.successors) ?? []) if (graph.hasNode(organizationId(name))) link(graph, entity.id, organizationId(name));
    for (const name of list(entity.attributes.predecessors) ?? []) if (graph.hasNode(organizationId(name))) link(graph, organizationId(name), entity.id);
  }
}
