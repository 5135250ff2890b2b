/**
 * Types of the graph stage: the graphology graph the knowledge graph wraps, and the shapes its
 * queries return.
 */
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, EdgeEvidence, EntityType, GraphDocument, NodeAttributes, RelationType } from '../types.js';

/** The graphology graph of a knowledge graph: directed, multi (several relation types between two entities). */
export type KnowledgeGraphData = Graph<NodeAttributes, EdgeAttributes>;

/** Metadata given when adding a document; every field optional. */
export interface DocumentInput {
  /** Document id [content hash]. Adding a document whose id is already present is a no-op. */
  id?: string;
  /** Publication date (ISO) [the extraction's date]. */
  date?: string;
  title?: string;
  source?: string;
  /** Content id of the text, kept in the document list (see GraphDocument.hash). */
  hash?: string;
}

/** A reference to an entity in query results. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  subtype?: string;
}

/** One edge of the graph, with both ends resolved to {@link EntityRef}s. */
export interface RelationView {
  /** Edge key: `${type}|${source}|${target}|${title ?? ''}`. */
  key: string;
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  title?: string;
  status?: 'current' | 'former';
  date?: string;
  evidence: EdgeEvidence[];
  documents: string[];
}

/** The JSON form of a knowledge graph (`kg.toJSON()`), read back by `KnowledgeGraph.fromJSON`. */
export interface SerializedKnowledgeGraph {
  format: 'shiting-kg';
  version: 1;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  documents: GraphDocument[];
}
