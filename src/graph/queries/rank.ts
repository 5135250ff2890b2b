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

/** The `limit` entities with the highest `by` score, ties broken by name. */
export function rank(graph: KnowledgeGraphData, options: RankOptions = {}): RankedEntity[] {
  const { by = 'degree', limit = 10 } = options;
  if (graph.order === 0) return [];
  const scores: Record<string, number> =
    by === 'pagerank' ? pagerank(graph, { getEdgeWeight: null }) : Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)]));
  return graph
    .mapNodes((node) => ({ entity: entityRef(graph, node), score: scores[node] ?? 0 }))
    .sort((a, b) => b.score - a.score || byName(a.entity, b.entity))
    .slice(0, Math.max(0, limit));
}
