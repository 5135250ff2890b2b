/**
 * The most central entities.
 */
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { byName, entityRef } from './views.js';

export interface RankOptions {
  /** Centrality measure: number of edges, or PageRank over the directed edges [`'degree'`]. */
  by?: 'degree' | 'pagerank';
  /** Number of entities to return [10]. */
  limit?: number;
}

export interface RankedEntity {
  entity: EntityRef;
  score: number;
}

/** Higher score first, then by name (and id): a total order, so any way of selecting gives the same list. */
const ranked = (a: RankedEntity, b: RankedEntity) => b.score - a.score || byName(a.entity, b.entity);

/** Above this many entities asked for, the whole graph is sorted instead of kept in a short list. */
const SHORT_LIST = 256;

/**
 * The `count` best of `graph`'s nodes, kept in a short sorted list as the nodes go by: an entity is made
 * (and compared by name, a locale comparison) only when its score could place it. Sorting all 181k
 * entities of a 100 MB corpus to print ten made ~60 MB of garbage and took ~1 s, after everything else.
 */
function best(graph: KnowledgeGraphData, scoreOf: (node: string) => number, count: number): RankedEntity[] {
  const list: RankedEntity[] = [];
  graph.forEachNode((node) => {
    const score = scoreOf(node);
    const last = list[count - 1];
    if (last !== undefined && score < last.score) return;
    const candidate = { entity: entityRef(graph, node), score };
    let at = list.length;
    while (at > 0 && ranked(candidate, list[at - 1]!) < 0) at--;
    if (at >= count) return;
    list.splice(at, 0, candidate);
    if (list.length > count) list.pop();
  });
  return list;
}

/** The `limit` entities with the highest `by` score, ties broken by name. */
export function rank(graph: KnowledgeGraphData, options: RankOptions = {}): RankedEntity[] {
  const { by = 'degree', limit = 10 } = options;
  const count = Math.max(0, limit);
  if (graph.order === 0 || count === 0) return [];
  const scores = by === 'pagerank' ? pagerank(graph, { getEdgeWeight: null }) : undefined;
  const scoreOf = (node: string) => (scores === undefined ? graph.degree(node) : scores[node] ?? 0);
  if (count <= SHORT_LIST) return best(graph, scoreOf, count);
  return graph.mapNodes((node) => ({ entity: entityRef(graph, node), score: scoreOf(node) })).sort(ranked).slice(0, count);
}
