/**
 * Confidence across documents. Each document states a fact with the confidence of the rule that found
 * it there; documents are taken as independent witnesses, so a node's or edge's confidence is their
 * noisy-or, 1 − Π(1 − c_d) over the distinct documents d (a document counts once, with the highest
 * confidence it gives the fact). It never reaches 1: it is capped at CONFIDENCE_CAP.
 */
import type { ExtractionResult } from '../types.js';
import { relationKey } from './keys.js';
import type { KnowledgeGraphData } from './types.js';

/** The most a fact's confidence can be: many documents make it near certain, never certain. */
export const CONFIDENCE_CAP = 0.999;

const rounded = (value: number) => Math.min(CONFIDENCE_CAP, Math.round(value * 1000) / 1000);

/** `a` and `c` as two independent witnesses (noisy-or); `a` undefined is no witness yet. */
export function noisyOr(a: number | undefined, c: number): number {
  return rounded(a === undefined ? c : 1 - (1 - a) * (1 - c));
}

/** Whether `attributes` has a confidence of at least `min` (always, without `min`; never, without a confidence). */
export function meetsConfidence(attributes: { confidence?: number }, min: number | undefined): boolean {
  return min === undefined || (attributes.confidence ?? 0) >= min;
}

/** The highest confidence of each key among `items` (items without one are left out). */
function maxima<T extends { confidence?: number }>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const best = new Map<string, number>();
  for (const item of items) {
    if (item.confidence === undefined) continue;
    const key = keyOf(item);
    best.set(key, Math.max(best.get(key) ?? 0, item.confidence));
  }
  return best;
}

/** The confidences the nodes and edges that `result` touches have before it is merged (undefined: new, or none). */
export interface ConfidenceSnapshot {
  nodes: Map<string, number | undefined>;
  edges: Map<string, number | undefined>;
}

/** Takes the snapshot of ConfidenceSnapshot before `result` (its entities and relations at their node keys) is merged. */
export function confidenceBefore(graph: KnowledgeGraphData, result: ExtractionResult): ConfidenceSnapshot {
  const nodes = new Map<string, number | undefined>();
  const edges = new Map<string, number | undefined>();
  for (const { id } of result.entities) if (!nodes.has(id)) nodes.set(id, graph.hasNode(id) ? graph.getNodeAttribute(id, 'confidence') : undefined);
  for (const relation of result.relations) {
    const key = relationKey(relation);
    if (!edges.has(key)) edges.set(key, graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'confidence') : undefined);
  }
  return { nodes, edges };
}

/** After `result` is merged: every node and edge it touched gets the noisy-or of its confidence before and this document's. */
export function addDocumentConfidence(graph: KnowledgeGraphData, result: ExtractionResult, before: ConfidenceSnapshot): void {
  for (const [id, c] of maxima(result.entities, (e) => e.id)) if (graph.hasNode(id)) graph.setNodeAttribute(id, 'confidence', noisyOr(before.nodes.get(id), c));
  for (const [key, c] of maxima(result.relations, relationKey)) if (graph.hasEdge(key)) graph.setEdgeAttribute(key, 'confidence', noisyOr(before.edges.get(key), c));
}

/**
 * The confidence of two nodes or edges becoming one (./people.ts): noisy-or when their documents are
 * distinct witnesses; when they share a document, the higher of the two, as that document would
 * otherwise count twice.
 */
export function unionConfidence(a: number | undefined, b: number | undefined, shareDocument: boolean): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return shareDocument ? Math.max(a, b) : noisyOr(a, b);
}
