/**
 * The shortest chain of relations between two entities, ignoring edge direction.
 */
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { EntityRef, KnowledgeGraphData, RelationView } from '../types.js';
import type { Direction } from './incident.js';
import { resolveEntity } from './resolve-entity.js';
import { entityRef, relationView } from './views.js';

export interface PathStep {
  entity: EntityRef;
  /** The relation from the previous step to this one (absent on the first step). */
  via?: { relation: RelationView; direction: Direction };
}

/** An undirected simple copy of the graph's structure (no attributes), for path finding. */
function undirectedStructure(graph: KnowledgeGraphData): UndirectedGraph {
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (source !== target) undirected.mergeEdge(source, target);
  });
  return undirected;
}

/**
 * The shortest path from `from` to `to` (ids, names or aliases), walking edges in either direction,
 * or `null` when they are not connected. Each step after the first names the relation it went
 * through (`direction` `'out'` when the previous entity is that relation's source).
 */
export function shortestPath(graph: KnowledgeGraphData, from: string, to: string): PathStep[] | null {
  const source = resolveEntity(graph, from);
  const target = resolveEntity(graph, to);
  if (source === target) return [{ entity: entityRef(graph, source) }];
  const path = bidirectional(undirectedStructure(graph), source, target);
  if (path === null) return null;
  return path.map((node, i) => {
    const step: PathStep = { entity: entityRef(graph, node) };
    const previous = path[i - 1];
    if (previous === undefined) return step;
    const [forward] = graph.outEdges(previous, node);
    const key = forward ?? graph.inEdges(previous, node)[0];
    if (key !== undefined) step.via = { relation: relationView(graph, key), direction: forward !== undefined ? 'out' : 'in' };
    return step;
  });
}
