/**
 * Files for `neo4j-admin database import full`: `nodes.csv` and `relationships.csv` with typed
 * headers. Arrays use the default array delimiter `;`; a `;` inside an array element (an alias, a
 * document id) becomes the full-width `；` so it cannot split the element.
 */
import { stringify } from 'csv-stringify/sync';
import type { KnowledgeGraphData } from '../../6-graph/types.js';
import { ENTITY_LABEL, labelOf, relationshipTypeOf } from './schema.js';

/** Array delimiter of the CSV files (neo4j-admin's default, pass `--array-delimiter=";"` to be explicit). */
export const ARRAY_DELIMITER = ';';

/** Header of `nodes.csv`. */
export const NODE_HEADER = ['id:ID', 'name', 'type', 'subtype', 'aliases:string[]', 'mentions:int', 'documents:string[]', 'confidence:float', ':LABEL'];
/** Header of `relationships.csv`. */
export const RELATIONSHIP_HEADER = [':START_ID', ':END_ID', ':TYPE', 'title', 'status', 'date', 'evidence', 'key', 'documents:string[]', 'confidence:float'];

/** An array cell: elements joined by {@link ARRAY_DELIMITER}, which is replaced inside elements. */
function arrayCell(values: readonly string[]): string {
  return values.map((value) => value.replaceAll(ARRAY_DELIMITER, '；')).join(ARRAY_DELIMITER);
}

function csv(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return stringify([header, ...rows], { record_delimiter: 'unix' });
}

/** `nodes.csv`: one row per entity, labelled `Entity` plus the label of its type. */
export function neo4jNodesCsv(graph: KnowledgeGraphData): string {
  const rows = graph.mapNodes((key, node) => [
    key, node.label, node.type, node.subtype, arrayCell(node.aliases), node.mentions, arrayCell(node.documents),
    node.confidence, arrayCell([ENTITY_LABEL, labelOf(node.type)]),
  ]);
  return csv(NODE_HEADER, rows);
}

/** `relationships.csv`: one row per relation; `evidence` is the JSON of the evidence list. */
export function neo4jRelationshipsCsv(graph: KnowledgeGraphData): string {
  const rows = graph.mapEdges((key, edge, source, target) => [
    source, target, relationshipTypeOf(edge.type), edge.title, edge.status, edge.date, JSON.stringify(edge.evidence),
    key, arrayCell(edge.documents), edge.confidence,
  ]);
  return csv(RELATIONSHIP_HEADER, rows);
}
