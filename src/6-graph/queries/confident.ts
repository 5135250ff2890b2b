/**
 * The part of a graph one can trust to a chosen degree: a copy without the nodes and edges whose
 * confidence is below a threshold.
 */
import { meetsConfidence } from '../confidence.js';
import type { KnowledgeGraphData } from '../types.js';

/** Checks a threshold given by a user: a number from 0 to 1. */
export function checkMinConfidence(min: unknown): number {
  if (typeof min !== 'number' || !Number.isFinite(min) || min < 0 || min > 1) throw new RangeError(`shiting-kg: minConfidence must be a number from 0 to 1, got ${String(min)}`);
  return min;
}

/**
 * The nodes of confidence `min` or more and the edges of confidence `min` or more between them
 * (attributes deep-copied). A node or edge without a confidence (a graph written before confidences
 * existed) is left out by any threshold above 0.
 */
export function confidentSubgraph(graph: KnowledgeGraphData, min: number): KnowledgeGraphData {
  checkMinConfidence(min);
  const subgraph = graph.nullCopy();
  graph.forEachNode((node, attributes) => {
    if (meetsConfidence(attributes, min)) subgraph.addNode(node, structuredClone(attributes));
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (subgraph.hasNode(source) && subgraph.hasNode(target) && meetsConfidence(attributes, min)) subgraph.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
  });
  return subgraph;
}
