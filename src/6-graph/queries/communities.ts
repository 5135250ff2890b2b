/**
 * Community detection (Louvain), written onto the nodes.
 */
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../random.js';
import type { KnowledgeGraphData } from '../types.js';

export interface CommunitiesOptions {
  /** Seed of the random order Louvain visits nodes in; the same seed gives the same communities [1]. */
  seed?: number;
  /** Louvain resolution: higher gives more, smaller communities [1]. */
  resolution?: number;
}

export interface CommunitiesResult {
  /** Number of communities. */
  count: number;
  /** Modularity of the partition. */
  modularity: number;
}

/**
 * Detect communities with Louvain (edges unweighted, direction taken into account) and write each
 * node's community number to its `community` attribute.
 */
export function detectCommunities(graph: KnowledgeGraphData, options: CommunitiesOptions = {}): CommunitiesResult {
  const { seed = 1, resolution = 1 } = options;
  if (graph.order === 0) return { count: 0, modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: null, resolution, rng: seededRandom(seed) });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', detailed.communities[node]));
  return { count: detailed.count, modularity: graph.size === 0 ? 0 : detailed.modularity };
}
