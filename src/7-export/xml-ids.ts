/**
 * Node and edge ids for XML formats: the graph's keys made XML-safe, with a check that making them
 * safe did not merge two keys into one.
 */
import type { KnowledgeGraphData } from '../6-graph/types.js';
import { ExportError } from './types.js';
import { xmlSafeId } from './xml-text.js';

export interface XmlIds {
  node(key: string): string;
  edge(key: string): string;
}

function safeIds(keys: Iterable<string>, format: string, what: string): Map<string, string> {
  const ids = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const key of keys) {
    const id = xmlSafeId(key);
    const owner = owners.get(id);
    if (owner !== undefined) {
      throw new ExportError(format, `${what} keys ${JSON.stringify(owner)} and ${JSON.stringify(key)} are the same once characters XML cannot carry are removed`);
    }
    owners.set(id, key);
    ids.set(key, id);
  }
  return ids;
}

/** XML-safe ids for every node and edge of `graph`; throws when two keys would collide. */
export function xmlIds(graph: KnowledgeGraphData, format: string): XmlIds {
  const nodes = safeIds(graph.nodes(), format, 'node');
  const edges = safeIds(graph.edges(), format, 'edge');
  return {
    node: (key) => nodes.get(key) ?? xmlSafeId(key),
    edge: (key) => edges.get(key) ?? xmlSafeId(key),
  };
}
