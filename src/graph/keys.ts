/**
 * Keys of the graph's nodes and edges, computed in one place.
 */
import type { Relation, RelationType } from '../types.js';

/** Edge key of a relation: one edge per (type, source, target, title). */
export function edgeKey(type: RelationType, source: string, target: string, title?: string): string {
  return `${type}|${source}|${target}|${title ?? ''}`;
}

/** Edge key of an extracted relation. */
export function relationKey(relation: Relation): string {
  return edgeKey(relation.type, relation.source, relation.target, relation.title);
}
