/**
 * Merging one document's extraction into the graph: entities become nodes (keyed by entity id),
 * relations become edges (keyed by type, ends and title). Facts repeated across documents merge into
 * one node / edge that remembers every document and every piece of evidence.
 */
import type { EdgeAttributes, EdgeEvidence, Entity, ExtractionResult, NodeAttributes, Relation } from '../types.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { KnowledgeGraphError } from './errors.js';
import { relationKey } from './keys.js';
import type { KnowledgeGraphData } from './types.js';

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
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
    const attributes: NodeAttributes = {
      label: entity.name,
      type: intern(entity.type) as Entity['type'],
      aliases: [...new Set(entity.aliases)].filter((alias) => alias !== entity.name),
      mentions,
      documents: [document],
    };
    if (entity.subtype) attributes.subtype = intern(entity.subtype);
    graph.addNode(entity.id, attributes);
    return;
  }
  const node = graph.getNodeAttributes(entity.id);
  const aliases = [...node.aliases];
  for (const alias of entity.aliases) if (alias !== node.label) pushUnique(aliases, alias);
  const documents = [...node.documents];
  pushUnique(documents, document);
  const merged: NodeAttributes = { ...node, aliases, mentions: node.mentions + mentions, documents };
  if (merged.subtype === undefined && entity.subtype) merged.subtype = intern(entity.subtype);
  graph.replaceNodeAttributes(entity.id, merged);
}

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

function earliestDate(evidence: readonly EdgeEvidence[]): string | undefined {
  let earliest: string | undefined;
  for (const item of evidence) if (item.date !== undefined && (earliest === undefined || item.date < earliest)) earliest = item.date;
  return earliest;
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
  const evidence: EdgeEvidence = { ...relation.evidence, sentence: sentences(relation.evidence.sentence), document };
  if (date !== undefined) evidence.date = date;
  const key = relationKey(relation);

  if (!graph.hasEdge(key)) {
    const attributes: EdgeAttributes = { type: intern(relation.type) as Relation['type'], evidence: [evidence], documents: [document] };
    if (relation.title !== undefined) attributes.title = intern(relation.title);
    if (relation.status !== undefined) attributes.status = intern(relation.status) as Relation['status'] & string;
    if (date !== undefined) attributes.date = date;
    graph.addDirectedEdgeWithKey(key, relation.source, relation.target, attributes);
    return;
  }

  const edge = graph.getEdgeAttributes(key);
  const duplicate = edge.evidence.some(
    (item) => item.document === document && item.start === evidence.start && item.end === evidence.end,
  );
  const newest = latestDate(edge.evidence);
  const allEvidence = duplicate ? edge.evidence : [...edge.evidence, evidence];
  const documents = [...edge.documents];
  pushUnique(documents, document);
  const next: EdgeAttributes = { ...edge, evidence: allEvidence, documents };
  const statusIsNewer = newest === undefined || (date !== undefined && date >= newest);
  if (relation.status !== undefined && (edge.status === undefined || statusIsNewer)) next.status = intern(relation.status) as Relation['status'] & string;
  const earliest = earliestDate(allEvidence);
  if (earliest !== undefined) next.date = earliest;
  graph.replaceEdgeAttributes(key, next);
}

/** The publication date of an extraction: the caller's, else the one the extractor found. */
export function documentDateOf(result: ExtractionResult, given?: string): string | undefined {
  return given ?? result.meta.date ?? result.date;
}
