/**
 * One node per person. The extraction calls a named person `official` when the text gives a title and
 * `person` when it does not; across documents that is the same person unless the documents show two
 * (which a name alone never does), so the graph keeps one node, `official:X`: a `person:X` of a later
 * document joins it, and an `official:X` arriving after `person:X` takes that node's edges and counts.
 * Two officials of one name are one node unless their posts show two people (./namesakes.ts).
 */
import type { ExtractionResult } from '../types.js';
import { unionConfidence } from './confidence.js';
import { edgeKey } from './keys.js';
import { appended, mergeEdgeInto } from './merge.js';
import type { KnowledgeGraphData } from './types.js';

const PERSON = 'person:';
const OFFICIAL = 'official:';

/** The node key of each untitled person of `result` that is an official in the graph or in `result`. */
export function personNodeKeys(graph: KnowledgeGraphData, result: ExtractionResult): Map<string, string> {
  const officials = new Set(result.entities.filter((e) => e.type === 'official').map((e) => e.id));
  const keys = new Map<string, string>();
  for (const entity of result.entities) {
    if (entity.type !== 'person') continue;
    const official = OFFICIAL + entity.id.slice(PERSON.length);
    if (officials.has(official) || graph.hasNode(official)) keys.set(entity.id, official);
  }
  return keys;
}

/** Moves every `person:X` node of the graph whose `official:X` is among `result`'s entities into that official. */
export function absorbPersons(graph: KnowledgeGraphData, result: ExtractionResult): void {
  for (const entity of result.entities) {
    if (entity.type !== 'official') continue;
    const person = PERSON + entity.id.slice(OFFICIAL.length);
    if (graph.hasNode(person)) moveNode(graph, person, entity.id);
  }
}

/** `from`'s counts, aliases, documents and edges moved onto `to` (created when missing), then `from` dropped. */
function moveNode(graph: KnowledgeGraphData, from: string, to: string): void {
  const old = graph.getNodeAttributes(from);
  if (!graph.hasNode(to)) graph.addNode(to, { ...old, type: 'official', aliases: [...old.aliases], documents: [...old.documents] });
  else {
    const node = graph.getNodeAttributes(to);
    const confidence = unionConfidence(node.confidence, old.confidence, old.documents.some((document) => node.documents.includes(document)));
    if (confidence !== undefined) node.confidence = confidence;
    node.mentions += old.mentions;
    for (const alias of old.aliases) if (alias !== node.label && !node.aliases.includes(alias)) node.aliases = appended(node.aliases, alias);
    for (const document of old.documents) if (!node.documents.includes(document)) node.documents = appended(node.documents, document);
  }
  for (const edge of graph.edges(from)) {
    const attributes = graph.getEdgeAttributes(edge);
    const source = graph.source(edge) === from ? to : graph.source(edge);
    const target = graph.target(edge) === from ? to : graph.target(edge);
    const key = edgeKey(attributes.type, source, target, attributes.title);
    if (graph.hasEdge(key)) mergeEdgeInto(graph.getEdgeAttributes(key), attributes);
    else if (source !== target) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  graph.dropNode(from);
}
