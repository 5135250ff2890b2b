/**
 * Merging one document's extraction into the graph: entities become nodes (keyed by entity id),
 * relations become edges (keyed by type, ends and title). Facts repeated across documents merge into
 * one node / edge that remembers every document and every piece of evidence.
 */
import type { EdgeAttributes, EdgeEvidence, Entity, Evidence, ExtractionResult, NodeAttributes, Relation } from '../types.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { unionConfidence } from './confidence.js';
import { KnowledgeGraphError } from './errors.js';
import { relationKey } from './keys.js';
import type { KnowledgeGraphData } from './types.js';

/**
 * `list` with `value` at the end. A short list is copied to one of exactly the new length (most lists
 * of a graph hold a few items, and a grown array keeps 16 spare slots); a long one grows in place, as
 * copying it for each new item made merging quadratic (an entity named in 2,000 documents).
 */
export function appended<T>(list: T[], value: T): T[] {
  if (list.length < 16) return [...list, value];
  list.push(value);
  return list;
}

/**
 * One string for equal strings. Every extraction result reaches the graph as a fresh copy (from a
 * worker's message, or a new result object), so the same type, title, date or sentence would be held
 * once per relation; the graph keeps one of each instead. Same values, less memory.
 */
export type Interner = (value: string) => string;

/** An {@link Interner} remembering every string it saw (for a small vocabulary, or one document's sentences). */
export function createInterner(): Interner {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

const same: Interner = (value) => value;

/** Add an entity of document `document` to the graph, or merge it into the node of the same id. */
export function mergeEntity(graph: KnowledgeGraphData, entity: Entity, document: string, intern: Interner = same): void {
  const mentions = entity.mentions.length;
  if (!graph.hasNode(entity.id)) {
    const label = entity.name;
    const type = intern(entity.type) as Entity['type'];
    const aliases = [...new Set(entity.aliases)].filter((alias) => alias !== entity.name);
    // One literal per shape (see edgeAttributesOf).
    const attributes: NodeAttributes = entity.subtype
      ? { label, type, aliases, mentions, documents: [document], subtype: intern(entity.subtype) }
      : { label, type, aliases, mentions, documents: [document] };
    graph.addNode(entity.id, attributes);
    return;
  }
  // Updated in place: the node's attributes and lists belong to the graph (ego graphs and toJSON copy them).
  const node = graph.getNodeAttributes(entity.id);
  for (const alias of entity.aliases) if (alias !== node.label && !node.aliases.includes(alias)) node.aliases = appended(node.aliases, alias);
  node.mentions += mentions;
  if (!isLast(node.documents, document)) node.documents = appended(node.documents, document);
  if (node.subtype === undefined && entity.subtype) node.subtype = intern(entity.subtype);
}

/**
 * Whether `document` is already listed: documents are merged one at a time and never twice (the
 * graph skips an id it has), so a document already in a node's or edge's list is the last one.
 */
const isLast = (documents: readonly string[], document: string) => documents[documents.length - 1] === document;

/**
 * Make sure the node a relation points at exists. Extractors list every entity a relation uses, so
 * this only matters for hand-made results: the node is created from its id (`type:name`).
 */
function ensureEndpoint(graph: KnowledgeGraphData, id: string, relation: Relation, document: string): void {
  if (graph.hasNode(id)) return;
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  if (colon < 1 || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new KnowledgeGraphError(`relation ${relation.id} refers to unknown entity "${id}" (document ${document})`);
  }
  graph.addNode(id, { label: id.slice(colon + 1), type: type as EntityType, aliases: [], mentions: 0, documents: [document] });
}

function latestDate(evidence: readonly EdgeEvidence[]): string | undefined {
  let latest: string | undefined;
  for (const item of evidence) if (item.date !== undefined && (latest === undefined || item.date > latest)) latest = item.date;
  return latest;
}

/**
 * One piece of an edge's evidence: the relation's evidence with its document and date, built whole in
 * one literal. A copy spread from the relation's evidence and then given its document and date would
 * keep those two in a separate properties array, some 40 bytes more for each of the ~300,000 pieces
 * of evidence of a 100 MB corpus.
 */
function evidenceOf(given: Evidence, sentence: string, document: string, date: string | undefined): EdgeEvidence {
  const keys = Object.keys(given);
  if (keys.length !== 3 || keys[0] !== 'sentence' || keys[1] !== 'start' || keys[2] !== 'end') {
    // A hand-made evidence of another shape: its properties in its own order, as a spread copy has them.
    const evidence: EdgeEvidence = { ...given, sentence, document };
    if (date !== undefined) evidence.date = date;
    return evidence;
  }
  const { start, end } = given;
  return date === undefined ? { sentence, start, end, document } : { sentence, start, end, document, date };
}

/**
 * A new edge's attributes: type, evidence, documents, then title, status and date when it has them.
 * Built in one literal for the usual shapes (no status): properties added to an object after its literal
 * go to a separate properties array, ~40 bytes more for each of the ~250,000 edges of a 100 MB corpus.
 */
function edgeAttributesOf(
  type: Relation['type'],
  evidence: EdgeEvidence,
  document: string,
  title: string | undefined,
  status: Relation['status'],
  date: string | undefined,
): EdgeAttributes {
  if (status === undefined) {
    if (title === undefined) return date === undefined ? { type, evidence: [evidence], documents: [document] } : { type, evidence: [evidence], documents: [document], date };
    return date === undefined ? { type, evidence: [evidence], documents: [document], title } : { type, evidence: [evidence], documents: [document], title, date };
  }
  const attributes: EdgeAttributes = { type, evidence: [evidence], documents: [document] };
  if (title !== undefined) attributes.title = title;
  attributes.status = status;
  if (date !== undefined) attributes.date = date;
  return attributes;
}

/**
 * Add a relation of document `document` (published `documentDate`) as an edge, or merge it into
 * the edge of the same key. Evidence is deduplicated by (document, start, end); the edge's `date`
 * is the earliest evidence date; its `status` is that of the most recently dated statement.
 * `intern` gives one string for the type, title, status and date of every relation, `sentences` for
 * the evidence sentences (see {@link Interner}).
 */
export function mergeRelation(
  graph: KnowledgeGraphData,
  relation: Relation,
  document: string,
  documentDate: string | undefined,
  intern: Interner = same,
  sentences: Interner = same,
): void {
  ensureEndpoint(graph, relation.source, relation, document);
  ensureEndpoint(graph, relation.target, relation, document);
  const given = relation.date ?? documentDate;
  const date = given === undefined ? undefined : intern(given);
  const evidence = evidenceOf(relation.evidence, sentences(relation.evidence.sentence), document, date);
  const key = relationKey(relation);

  if (!graph.hasEdge(key)) {
    const title = relation.title === undefined ? undefined : intern(relation.title);
    const status = relation.status === undefined ? undefined : (intern(relation.status) as Relation['status']);
    graph.addDirectedEdgeWithKey(key, relation.source, relation.target, edgeAttributesOf(intern(relation.type) as Relation['type'], evidence, document, title, status, date));
    return;
  }

  // Updated in place, as nodes are. The evidence before this document's is never scanned (see
  // isLast), and the edge's date is its earliest evidence date already, so a merge costs the same
  // whatever the number of documents stating the fact.
  const edge = graph.getEdgeAttributes(key);
  if (relation.status !== undefined && (edge.status === undefined || isNewest(edge.evidence, date))) edge.status = intern(relation.status) as Relation['status'] & string;
  if (!statedAlready(edge.evidence, evidence)) {
    edge.evidence = appended(edge.evidence, evidence);
    if (date !== undefined && (edge.date === undefined || date < edge.date)) edge.date = date;
  }
  if (!isLast(edge.documents, document)) edge.documents = appended(edge.documents, document);
}

/** Whether the edge has this evidence (document, start, end) already: only the document's own, at the end of the list, are looked at. */
function statedAlready(list: readonly EdgeEvidence[], evidence: EdgeEvidence): boolean {
  for (let i = list.length - 1; i >= 0 && list[i]!.document === evidence.document; i--) {
    if (list[i]!.start === evidence.start && list[i]!.end === evidence.end) return true;
  }
  return false;
}

/** Whether a statement dated `date` is at least as recent as every dated piece of `evidence` (true when none is dated). */
function isNewest(evidence: readonly EdgeEvidence[], date: string | undefined): boolean {
  const newest = latestDate(evidence);
  return newest === undefined || (date !== undefined && date >= newest);
}

/** The publication date of an extraction: the caller's, else the one the extractor found. */
export function documentDateOf(result: ExtractionResult, given?: string): string | undefined {
  return given ?? result.meta.date ?? result.date;
}

/**
 * Another edge's evidence and documents added to `into` (two nodes becoming one, see ./people.ts):
 * evidence once per document and offsets, the date the earliest, documents listed once.
 */
export function mergeEdgeInto(into: EdgeAttributes, from: EdgeAttributes): void {
  const confidence = unionConfidence(into.confidence, from.confidence, from.documents.some((document) => into.documents.includes(document)));
  if (confidence !== undefined) into.confidence = confidence;
  for (const item of from.evidence) {
    if (into.evidence.some((e) => e.document === item.document && e.start === item.start && e.end === item.end)) continue;
    into.evidence = appended(into.evidence, item);
    if (item.date !== undefined && (into.date === undefined || item.date < into.date)) into.date = item.date;
  }
  for (const document of from.documents) if (!into.documents.includes(document)) into.documents = appended(into.documents, document);
}
