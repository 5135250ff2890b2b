/**
 * The graph of extraction results: the entities and relations of many documents merged into one
 * graphology graph, with the queries of `./queries` as methods. It takes extraction results only;
 * `KnowledgeGraph` (src/8-corpus) adds the methods that extract documents on the way in.
 */
import { MultiDirectedGraph } from 'graphology';
import { addDocumentConfidence, confidenceBefore } from './confidence.js';
import { contentId } from './content-id.js';
import { genericNodeKeys, withNodeKeys } from './identity.js';
import { namesakeNodeKeys } from './namesakes.js';
import { absorbPersons, personNodeKeys } from './people.js';
import type { EdgeAttributes, ExtractionResult, GraphDocument, NodeAttributes } from '../types.js';
import { layout, type LayoutOptions } from './layout.js';
import { createInterner, documentDateOf, mergeEntity, mergeRelation } from './merge.js';
import * as queries from './queries/index.js';
import { installQueryMethods, type GraphQueryMethods } from './queries/table.js';
import { parseSerializedKnowledgeGraph } from './serialize.js';
import type { DocumentInput, EntityRef, RelationView, SerializedKnowledgeGraph } from './types.js';

/**
 * A knowledge graph built from extraction results (`addExtraction`).
 *
 * Nodes are keyed by entity id (`type:name`) and merged across documents (aliases united, mention
 * counts summed, documents listed). Edges are keyed by (type, source, target, title); a fact stated
 * by several documents is one edge holding every piece of evidence. Adding a document whose id is
 * already present changes nothing, so building is idempotent.
 *
 * Every query taking an entity accepts its id, its name or one of its aliases. The queries are the
 * methods made from `GRAPH_QUERIES` (src/6-graph/queries/table.ts), one per row.
 */
// The query methods' types; installQueryMethods (at the end of this file) adds them to the prototype.
export interface ExtractionGraph extends GraphQueryMethods {}
export class ExtractionGraph {
  /** The graphology graph (directed, multi). Read it freely; change it only through this class. */
  readonly graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
  readonly #documents = new Map<string, GraphDocument>();
  /** One string for each type, subtype, title, status and date the graph holds (see `Interner`). */
  readonly #intern = createInterner();

  constructor(graph?: MultiDirectedGraph<NodeAttributes, EdgeAttributes>) {
    this.graph = graph ?? new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  }

  /** The documents of the graph, in the order they were added. */
  get documents(): GraphDocument[] {
    return [...this.#documents.values()];
  }

  /** Whether a document of this id was added. */
  hasDocument(id: string): boolean {
    return this.#documents.has(id);
  }

  /**
   * Merge one document's extraction into the graph and return the document's id.
   *
   * - result `ExtractionResult`: what `extract` returned for the document.
   * - meta.id `string` [hash of `result`]: document id; if already present, nothing is added.
   * - meta.date `string` [`result.meta.date ?? result.date`]: publication date (ISO), the date of
   *   evidence the text does not date itself.
   * - meta.title, meta.source `string` [`result.meta`]: kept in the document list.
   */
  addExtraction(result: ExtractionResult, meta: DocumentInput = {}): string {
    const id = meta.id ?? contentId(JSON.stringify(result));
    if (this.#documents.has(id)) return id;
    const date = documentDateOf(result, meta.date);
    // Generic agreements, events and documents are told apart by their parties or document (./identity.ts).
    // One node per person: an untitled person:X of an official:X is that official (./people.ts).
    absorbPersons(this.graph, result);
    // Two officials of one name are two nodes only when their posts show it (./namesakes.ts); an untitled
    // person of the document goes with the document's official.
    const namesakes = namesakeNodeKeys(this.graph, result, date);
    const persons = [...personNodeKeys(this.graph, result)].map(([person, official]): [string, string] => [person, namesakes.get(official) ?? official]);
    const keys = new Map([...genericNodeKeys(result, id), ...persons, ...namesakes]);
    const keyed = withNodeKeys(result, keys);
    const confidence = confidenceBefore(this.graph, keyed);
    for (const entity of keyed.entities) mergeEntity(this.graph, entity, id, this.#intern);
    // A sentence stating several relations is one string (the document's sentences are not kept beyond it).
    const sentences = createInterner();
    for (const relation of keyed.relations) mergeRelation(this.graph, relation, id, date, this.#intern, sentences);
    // This document is one more witness of each fact it states (./confidence.ts: noisy-or over documents).
    addDocumentConfidence(this.graph, keyed, confidence);
    const document: GraphDocument = { id, entities: result.entities.length, relations: result.relations.length };
    const title = meta.title ?? result.meta.title;
    const source = meta.source ?? result.meta.source;
    if (date !== undefined) document.date = date;
    if (title !== undefined) document.title = title;
    if (source !== undefined) document.source = source;
    if (meta.hash !== undefined) document.hash = meta.hash;
    this.#documents.set(id, document);
    return id;
  }

  /** The entities at most `depth` [1] edges from `entity`, as a knowledge graph of their own. */
  ego(entity: string, depth = 1): this {
    const subgraph = queries.ego(this.graph, entity, depth) as MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
    const ego: ExtractionGraph = new (this.constructor as new (graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>) => this)(subgraph);
    const used = new Set<string>();
    subgraph.forEachNode((_node, attributes) => attributes.documents.forEach((document) => used.add(document)));
    for (const document of this.#documents.values()) if (used.has(document.id)) ego.#documents.set(document.id, { ...document });
    return ego as this;
  }

  /**
   * The graph without the entities and relations whose confidence is below `min` (0–1), as a knowledge
   * graph of its own with every document (a relation whose end is left out goes too).
   */
  withMinConfidence(min: number): this {
    const subgraph = queries.confidentSubgraph(this.graph, min) as MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
    const kept: ExtractionGraph = new (this.constructor as new (graph: MultiDirectedGraph<NodeAttributes, EdgeAttributes>) => this)(subgraph);
    for (const document of this.#documents.values()) kept.#documents.set(document.id, { ...document });
    return kept as this;
  }

  /** ForceAtlas2 positions (unless `positions: false`), sizes by degree and colours by type, written onto the nodes. */
  layout(options?: LayoutOptions): void {
    layout(this.graph, options);
  }

  /** Counts by type and the most connected entities, plus the number of documents. */
  summarize(top?: number): queries.GraphSummary & { documents: number } {
    return { documents: this.#documents.size, ...queries.summarize(this.graph, top) };
  }

  /** The graph as plain JSON data (lossless: `KnowledgeGraph.fromJSON(kg.toJSON())` is the same graph). */
  toJSON(): SerializedKnowledgeGraph {
    return structuredClone({
      format: 'shiting-kg',
      version: 1,
      graph: this.graph.export(),
      documents: this.documents,
    });
  }

  /** Rebuild a knowledge graph from `toJSON()` data; throws `shiting-kg: …` when `data` is not one. */
  static fromJSON<T extends ExtractionGraph>(this: new (graph?: MultiDirectedGraph<NodeAttributes, EdgeAttributes>) => T, data: unknown): T {
    const serialized = parseSerializedKnowledgeGraph(data);
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    graph.import(serialized.graph);
    const kg: ExtractionGraph = new this(graph);
    for (const document of serialized.documents) kg.#documents.set(document.id, document);
    return kg as T;
  }
}

installQueryMethods(ExtractionGraph.prototype);
