/**
 * The neighbourhood of an entity as a graph of its own.
 */
import type { KnowledgeGraphData } from '../types.js';
import { resolveEntity } from './resolve-entity.js';

/** Ids of the nodes at most `depth` edges (either direction) away from `center`, in BFS order. */
export function egoNodes(graph: KnowledgeGraphData, center: string, depth: number): string[] {
  const seen = new Set([center]);
  let frontier = [center];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return [...seen];
}

/**
 * The subgraph induced by the nodes at most `depth` [1] edges away from `entity` (id, name or alias):
 * those nodes and every edge between them, attributes deep-copied.
 */
export function ego(graph: KnowledgeGraphData, entity: string, depth = 1): KnowledgeGraphData {
  const center = resolveEntity(graph, entity);
  const nodes = new Set(egoNodes(graph, center, depth));
  const subgraph = graph.nullCopy();
  for (const node of nodes) subgraph.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  graph.forEachEdge((key, attributes, source, target) => {
    if (nodes.has(source) && nodes.has(target)) subgraph.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
  });
  return subgraph;
}
