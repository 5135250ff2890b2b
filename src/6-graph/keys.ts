/**
 * Keys of the graph's nodes and edges, computed in one place.
 */
import type { Relation, RelationType } from '../types.js';

/**
 * Edge key of a relation: one edge per (type, source, target, title). Joined into one flat string: a
 * template literal makes a tree of concatenations that the graph would keep for each of its ~250,000
 * edges of a 100 MB corpus, holding on to the document's own copies of both entity ids.
 */
export function edgeKey(type: RelationType, source: string, target: string, title?: string): string {
  return [type, source, target, title ?? ''].join('|');
}

/** Edge key of an extracted relation. */
export function relationKey(relation: Relation): string {
  return edgeKey(relation.type, relation.source, relation.target, relation.title);
}
