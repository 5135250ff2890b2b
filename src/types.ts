/**
 * Public types of shiting-kg, all in one place. Every stage of the pipeline
 * (text → tokens → mentions → entities → relations → graph → export) speaks these.
 */

export const ENTITY_TYPES = ['organization', 'official', 'person', 'work', 'agreement', 'document', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANIZATION_SUBTYPES = [
  'government', 'association', 'broadcaster', 'platform', 'company', 'foreign_government',
  'foreign_media', 'research', 'education', 'other',
] as const;
export type OrganizationSubtype = (typeof ORGANIZATION_SUBTYPES)[number];

export const OFFICIAL_SUBTYPES = ['government', 'party', 'association', 'business', 'media', 'foreign', 'other'] as const;
export type OfficialSubtype = (typeof OFFICIAL_SUBTYPES)[number];

export const WORK_SUBTYPES = [
  'tv_series', 'web_series', 'micro_drama', 'film', 'web_film', 'variety', 'documentary', 'animation',
  'short_video', 'gala', 'audio', 'book', 'game', 'other',
] as const;
export type WorkSubtype = (typeof WORK_SUBTYPES)[number];

export const AGREEMENT_SUBTYPES = ['cooperation_agreement', 'mou', 'strategic_cooperation', 'other'] as const;
export type AgreementSubtype = (typeof AGREEMENT_SUBTYPES)[number];

export const DOCUMENT_SUBTYPES = ['regulation', 'notice', 'plan', 'report', 'standard', 'other'] as const;
export type DocumentSubtype = (typeof DOCUMENT_SUBTYPES)[number];

export const EVENT_SUBTYPES = ['conference', 'forum', 'contest', 'campaign', 'exhibition', 'ceremony', 'other'] as const;
export type EventSubtype = (typeof EVENT_SUBTYPES)[number];

export const RELATION_TYPES = [
  'holds_position', 'met_with', 'signed', 'produced', 'broadcast', 'issued', 'organized', 'part_of', 'cooperates_with',
  // Made by the graph, not by a text: a body and the body it became (renamed, merged, split), from the dictionary.
  'succeeded_by',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A span of the ORIGINAL input text: `text.slice(start, end) === mention.text` (UTF-16, end exclusive). */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** Stable id: `${type}:${canonical name}`, so the same entity from two documents is one node. */
  id: string;
  type: EntityType;
  /** Canonical name (dictionary canonical, or the fullest form the text gives). */
  name: string;
  subtype?: string;
  /** Other surface forms of this entity found in the text (never includes `name`). */
  aliases: string[];
  mentions: Mention[];
  /** Free-form attributes a recognizer may attach (e.g. the titles an official holds). */
  attributes?: Record<string, string | number | boolean | string[]>;
  /**
   * Named only by generic words (战略合作框架协议, 签约仪式, 通知): not one agreement, event or document
   * across documents. A knowledge graph identifies it by its parties (signed), organizers or issuers,
   * else by its document, never by the name alone.
   */
  generic?: true;
  /** The recognizer that found the entity's first full-name mention (`dictionary-terms`, `person` …): what its confidence is calibrated on. */
  recognizer?: string;
  /** How sure the extractor is (0–1): the observed precision of its recognizer's outputs of this type (dictionaries/confidence.json). */
  confidence?: number;
}

export interface Evidence {
  /** The sentence that states the relation (from the normalised text). */
  sentence: string;
  /** Offsets of the sentence in the ORIGINAL text. */
  start: number;
  end: number;
}

export interface Relation {
  id: string;
  type: RelationType;
  /** Entity id of the source. */
  source: string;
  /** Entity id of the target. */
  target: string;
  title?: string;
  status?: 'current' | 'former';
  /** ISO date (YYYY-MM-DD) when the text dates the fact. */
  date?: string;
  /** holds_position: when the post began / ended, as the text gives it (2019, 2019-06, 2019-06-03). */
  from?: string;
  to?: string;
  evidence: Evidence;
  /** The relation rule that found it (`holds-position`, `broadcast` …): what its confidence is calibrated on. */
  rule?: string;
  /** How sure the extractor is (0–1): the observed precision of its rule's outputs (dictionaries/confidence.json). */
  confidence?: number;
}

export interface DocumentMeta {
  /** Publication date, ISO (YYYY-MM-DD). */
  date?: string;
  title?: string;
  source?: string;
}

/** A document's metadata with the content id of its text (`doc:` + a hash), which tells a text a graph already has. */
export interface HashedDocumentMeta extends DocumentMeta {
  hash?: string;
}

export interface ExtractionResult {
  entities: Entity[];
  relations: Relation[];
  date?: string;
  meta: DocumentMeta;
}

/** A token of the normalised text, with offsets into the normalised text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
}

/** One piece of evidence for an edge of the knowledge graph, remembering which document it came from. */
export interface EdgeEvidence extends Evidence {
  document: string;
  date?: string;
}

/** Attributes of a node of the knowledge graph (node key = Entity.id). */
export interface NodeAttributes {
  /** Canonical name. */
  label: string;
  type: EntityType;
  subtype?: string;
  aliases: string[];
  /** Total number of mentions over all documents. */
  mentions: number;
  /** Ids of the documents that mention this entity. */
  documents: string[];
  /** 0–1: the documents' confidences combined by noisy-or (1 − Π(1 − c)), one per document. */
  confidence?: number;
  /** Filled in by layout / analysis; absent until computed. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  community?: number;
  pagerank?: number;
  /** An organization's period under this name, from the dictionary (YYYY, YYYY-MM or YYYY-MM-DD; `to` exclusive). */
  from?: string;
  to?: string;
  /** What it became at `to` (canonical names) and how: renamed, merged, split. */
  successors?: string[];
  change?: string;
}

/** Attributes of an edge of the knowledge graph (edge key = `${type}|${source}|${target}|${title ?? ''}`). */
export interface EdgeAttributes {
  type: RelationType;
  title?: string;
  status?: 'current' | 'former';
  date?: string;
  /** holds_position: when the post began / ended, where a text says (the earliest `from`, the latest `to`). */
  from?: string;
  to?: string;
  evidence: EdgeEvidence[];
  documents: string[];
  /** 0–1: the documents' confidences combined by noisy-or (1 − Π(1 − c)), one per document. */
  confidence?: number;
}

/** A document added to the knowledge graph, with the counts of what its extraction found. */
export interface GraphDocument extends DocumentMeta {
  /** Document id (the CLI uses the file path; otherwise a content hash). */
  id: string;
  /** Content id of the document's text (`doc:` + a hash), when the adder gave it: the CLI's `--graph` skips a text it has. */
  hash?: string;
  /** Number of entities / relations of the document's extraction. */
  entities: number;
  relations: number;
}
