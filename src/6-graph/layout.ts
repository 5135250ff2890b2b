/**
 * Layout and styling of the knowledge graph: ForceAtlas2 positions (`x`, `y`), sizes by degree
 * (`size`) and colours by entity type (`color`), written onto the nodes. Deterministic: the same
 * graph and seed always give the same drawing.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { entityColor } from './palette.js';
import { seededRandom } from './random.js';
import type { KnowledgeGraphData } from './types.js';

export interface LayoutOptions {
  /** Seed of the initial positions [1]. */
  seed?: number;
  /** ForceAtlas2 iterations [{@link iterationBudget} of the graph's order]. */
  iterations?: number;
  /** Size of the least connected node [3]. */
  minSize?: number;
  /** Size of the most connected node [15]. */
  maxSize?: number;
  /**
   * Compute ForceAtlas2 positions (`x`, `y`) [true]. `false` only sizes and colours the nodes, and leaves
   * any positions as they are: for outputs that do not draw the graph (JSON, CSV, Neo4j), where the
   * layout would be most of the time spent on a large graph.
   */
  positions?: boolean;
}

/** Nodes above which ForceAtlas2 uses the Barnes-Hut approximation. */
export const BARNES_HUT_THRESHOLD = 1000;

/** Nodes above which the Barnes-Hut approximation is coarser ({@link barnesHutTheta}). */
const COARSE_BARNES_HUT_THRESHOLD = 10_000;

/**
 * Barnes-Hut theta for a graph of `order` nodes: graphology's 0.5 up to 10,000 nodes, Gephi's default
 * 1.2 above, where the finer approximation costs three to four times as much per iteration for a
 * drawing that the eye cannot tell apart at that size.
 */
export function barnesHutTheta(order: number): number {
  return order > COARSE_BARNES_HUT_THRESHOLD ? 1.2 : 0.5;
}

/** ForceAtlas2 iterations for a graph of `order` nodes: many for small graphs, fewer as they grow. */
export function iterationBudget(order: number): number {
  if (order <= 100) return 500;
  if (order <= 1000) return 200;
  if (order <= 10_000) return 80;
  return 30;
}

/**
 * Place the nodes on a circle, in key order (so insertion order does not matter), with a small
 * seeded jitter so that ForceAtlas2 does not start from a perfectly symmetric state.
 */
export function seedPositions(graph: KnowledgeGraphData, seed = 1): void {
  const random = seededRandom(seed);
  const keys = graph.nodes().sort();
  const radius = 10 * Math.sqrt(keys.length);
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / keys.length;
    graph.mergeNodeAttributes(key, {
      x: radius * Math.cos(angle) + random() - 0.5,
      y: radius * Math.sin(angle) + random() - 0.5,
    });
  });
}

/** Run ForceAtlas2 (settings inferred from the graph) from seeded circular positions; writes `x`, `y`. */
export function forceLayout(graph: KnowledgeGraphData, options: Pick<LayoutOptions, 'seed' | 'iterations'> = {}): void {
  if (graph.order === 0) return;
  seedPositions(graph, options.seed);
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? iterationBudget(graph.order),
    getEdgeWeight: null,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_THRESHOLD, barnesHutTheta: barnesHutTheta(graph.order) },
  });
}

/** Size every node by its degree, from `minSize` (degree 0) to `maxSize` (highest degree), on a square-root scale. */
export function sizeByDegree(graph: KnowledgeGraphData, options: Pick<LayoutOptions, 'minSize' | 'maxSize'> = {}): void {
  const { minSize = 3, maxSize = 15 } = options;
  const maxDegree = graph.reduceNodes((max, node) => Math.max(max, graph.degree(node)), 1);
  graph.forEachNode((node) => {
    const size = minSize + (maxSize - minSize) * Math.sqrt(graph.degree(node) / maxDegree);
    graph.setNodeAttribute(node, 'size', Math.round(size * 100) / 100);
  });
}

/** Colour every node by its entity type (`ENTITY_COLORS`). */
export function colorByType(graph: KnowledgeGraphData): void {
  graph.forEachNode((node, attributes) => graph.setNodeAttribute(node, 'color', entityColor(attributes.type)));
}

/**
 * Lay out, size and colour the graph in place (see {@link forceLayout}, {@link sizeByDegree},
 * {@link colorByType}); with `positions: false`, only size and colour it.
 */
export function layout(graph: KnowledgeGraphData, options: LayoutOptions = {}): void {
  if (options.positions !== false) forceLayout(graph, options);
  sizeByDegree(graph, options);
  colorByType(graph);
}
