/**
 * JSON export: the lossless form of the knowledge graph, read back by `KnowledgeGraph.fromJSON`
 * (and by `shiting-kg query`).
 */
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

/** `kg.toJSON()` as pretty-printed JSON text. */
export function toJson(kg: KnowledgeGraph): string {
  return `${JSON.stringify(kg.toJSON(), null, 2)}\n`;
}
