/**
 * The edges touching a node, with the entity at their other end: the building block of the
 * relation-shaped queries.
 */
import type { EdgeAttributes, RelationType } from '../../types.js';
import { meetsConfidence } from '../confidence.js';
import type { KnowledgeGraphData } from '../types.js';

export type Direction = 'out' | 'in';

/** The option every relation-shaped query takes. */
export interface ConfidenceOptions {
  /** Only edges whose confidence is at least this (0–1) [any; an edge without a confidence then fails]. */
  minConfidence?: number;
}

export interface IncidentEdge {
  /** Edge key. */
  key: string;
  /** Node at the other end (the node itself for a self-loop). */
  other: string;
  /** `'out'` when the node is the edge's source. */
  direction: Direction;
}

/**
 * Edges of node `id` going `direction` (`'both'` by default), keeping only relation `types` when given
 * and edges of confidence `minConfidence` or more when given. Every edge appears once, in graph order.
 */
export function incidentEdges(
  graph: KnowledgeGraphData,
  id: string,
  types?: readonly RelationType[],
  direction: Direction | 'both' = 'both',
  minConfidence?: number,
): IncidentEdge[] {
  const edges: IncidentEdge[] = [];
  // The loops hand each edge's attributes over: no second lookup by key.
  const keep = (a: EdgeAttributes): boolean => (types === undefined || types.includes(a.type)) && meetsConfidence(a, minConfidence);
  if (direction !== 'in') {
    graph.forEachOutEdge(id, (key, attributes, _source, target) => {
      if (keep(attributes)) edges.push({ key, other: target, direction: 'out' });
    });
  }
  if (direction !== 'out') {
    graph.forEachInEdge(id, (key, attributes, source, target) => {
      if (direction === 'both' && source === target) return; // a self-loop was listed as 'out'
      if (keep(attributes)) edges.push({ key, other: source, direction: 'in' });
    });
  }
  return edges;
}
