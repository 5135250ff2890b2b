/**
 * The graph's queries in one table: method name → function of the graph. `ExtractionGraph` (and so
 * `KnowledgeGraph`) has one method per row, made from this table; a new query is one module plus one
 * row here (and a row in the CLI's table to print it).
 */
import type { KnowledgeGraphData } from '../types.js';
import { agreementsOf } from './agreements-of.js';
import { detectCommunities } from './communities.js';
import { documentsIssuedBy } from './documents-issued-by.js';
import { findEntities } from './find-entities.js';
import { neighbors } from './neighbors.js';
import { officialsOf } from './officials-of.js';
import { positionsOf } from './positions-of.js';
import { rank } from './rank.js';
import { relations } from './relations.js';
import { resolveEntity } from './resolve-entity.js';
import { shortestPath } from './shortest-path.js';
import { timeline } from './timeline.js';
import { worksOf } from './works-of.js';

export const GRAPH_QUERIES = {
  /** Entities by type, subtype and name or alias: `{ type?, subtype?, name?, match: 'exact' | 'substring', minConfidence? }`. */
  findEntities,
  /** The node id of an id, name or alias; throws when unknown or ambiguous. */
  resolve: resolveEntity,
  /** Entities linked to `entity`, one per edge: `{ relation?, direction: 'out' | 'in' | 'both', minConfidence? }`. */
  neighbors,
  /** People holding a position in organization `org` (`{ minConfidence? }`, as the queries below). */
  officialsOf,
  /** Positions held by `person`. */
  positionsOf,
  /** Works organization `org` produced or broadcast. */
  worksOf,
  /** Agreements organization `org` signed, with their counterparties. */
  agreementsOf,
  /** Documents organization `org` issued. */
  documentsIssuedBy,
  /** Relations by type and date range: `{ type?, from?, to?, minConfidence? }`. */
  relations,
  /** Dated relations of `entity`, in date order. */
  timeline,
  /** Shortest path between two entities, ignoring edge direction; `null` when not connected. */
  shortestPath,
  /** The most central entities by degree or PageRank: `{ by?, limit? }`. */
  rank,
  /** Louvain communities, written to each node's `community` attribute. */
  detectCommunities,
} as const;

/** A query as a method: the graph argument is the object's own. */
type WithoutGraph<F> = F extends (graph: KnowledgeGraphData, ...args: infer A) => infer R ? (...args: A) => R : never;

/** The methods the table gives a graph object (documentation carried over from the rows). */
export type GraphQueryMethods = { readonly [K in keyof typeof GRAPH_QUERIES]: WithoutGraph<(typeof GRAPH_QUERIES)[K]> };

/** Adds one method per row of the table to `prototype`; each calls the query on `this.graph`. */
export function installQueryMethods(prototype: { graph?: KnowledgeGraphData }): void {
  for (const [name, query] of Object.entries(GRAPH_QUERIES) as [string, (graph: KnowledgeGraphData, ...args: never[]) => unknown][]) {
    Object.defineProperty(prototype, name, {
      value: function (this: { graph: KnowledgeGraphData }, ...args: never[]) { return query(this.graph, ...args); },
      writable: true,
      configurable: true,
    });
  }
}
