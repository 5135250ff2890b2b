/**
 * JSON export: the lossless form of the knowledge graph, read back by `KnowledgeGraph.fromJSON`
 * (and by `shiting-kg query`).
 */
import type { ExtractionGraph } from '../6-graph/knowledge-graph.js';

/** `kg.toJSON()` as pretty-printed JSON text (the pieces of {@link toJsonChunks}, joined: one serialiser). */
export function toJson(kg: ExtractionGraph): string {
  return [...toJsonChunks(kg)].join('');
}

/**
 * Characters gathered before a piece of {@link toJsonChunks} is handed out: 32,768, at most 64 KB of
 * two-byte text, under V8's large-object size (128 KB). A larger piece is allocated straight into the
 * old generation and freed only by a full collection, so a 350 MB graph.json left about 700 MB of
 * written pieces on the heap; pieces this size die young (and the export is faster).
 */
const CHUNK_CHARS = 1 << 15;

function isEmpty(object: object): boolean {
  for (const _key in object) return false;
  return true;
}

/**
 * {@link toJson}'s text, character for character, in pieces of about 32,000 characters, made as they
 * are read: a large graph is never one giant string (nor a copy of the graph), so it can be written to a
 * file in bounded memory, and past the longest string a JavaScript engine can hold. Each node, edge
 * and document is `JSON.stringify`'d on its own, as graphology's `export()` shapes it (no `attributes`
 * when there are none), and indented where the whole document would put it.
 */
export function* toJsonChunks(kg: ExtractionGraph): Generator<string, void, undefined> {
  const graph = kg.graph;
  const marks = { nodes: '\u0000nodes', edges: '\u0000edges', documents: '\u0000documents' };
  const skeleton = JSON.stringify({
    format: 'shiting-kg',
    version: 1,
    graph: {
      options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
      attributes: graph.getAttributes(),
      nodes: marks.nodes,
      edges: marks.edges,
    },
    documents: marks.documents,
  }, null, 2);

  let buffer: string[] = [];
  let size = 0;
  const flush = function* (): Generator<string> {
    if (size === 0) return;
    yield buffer.join('');
    buffer = [];
    size = 0;
  };
  const push = (text: string) => {
    buffer.push(text);
    size += text.length;
  };

  /** The items of one array, as `JSON.stringify(array, null, 2)` writes them at the depth of `indent`. */
  function* items(values: Iterable<unknown>, indent: string): Generator<string> {
    const inner = `\n${indent}  `;
    let first = true;
    for (const value of values) {
      push(first ? '[' : ',');
      first = false;
      push(inner);
      push(JSON.stringify(value, null, 2).replaceAll('\n', inner)); // JSON text has no raw line break inside a string
      if (size >= CHUNK_CHARS) yield* flush();
    }
    push(first ? '[]' : `\n${indent}]`);
  }

  function* nodes(): Generator<unknown> {
    for (const { node, attributes } of graph.nodeEntries()) yield isEmpty(attributes) ? { key: node } : { key: node, attributes };
  }
  function* edges(): Generator<unknown> {
    for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
      const serialized: Record<string, unknown> = { key: edge, source, target };
      if (!isEmpty(attributes)) serialized.attributes = attributes;
      if (graph.type === 'mixed' && undirected) serialized.undirected = true;
      yield serialized;
    }
  }

  const arrays: Record<string, () => Iterable<unknown>> = { [marks.nodes]: nodes, [marks.edges]: edges, [marks.documents]: () => kg.documents };
  const pattern = /"\\u0000(nodes|edges|documents)"/g;
  let from = 0;
  for (const match of skeleton.matchAll(pattern)) {
    const before = skeleton.slice(from, match.index);
    push(before);
    const indent = /\n( *)[^\n]*$/.exec(before)![1]!;
    yield* items(arrays[`\u0000${match[1]}`]!(), indent);
    from = match.index + match[0].length;
  }
  push(skeleton.slice(from));
  push('\n');
  yield* flush();
}
