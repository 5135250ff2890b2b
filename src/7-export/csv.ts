/**
 * CSV export for spreadsheets and Gephi's data laboratory: `nodes.csv` and `edges.csv`, written by
 * csv-stringify (quoting and escaping), UTF-8 with a byte-order mark so spreadsheets read Chinese
 * correctly. Text cells that a spreadsheet would run as formulas are neutralised (see
 * `neutraliseFormula`); numbers are written as they are.
 */
import { stringify } from 'csv-stringify/sync';
import type { KnowledgeGraphData } from '../6-graph/types.js';
import { neutraliseFormula } from './csv-safe.js';
import { edgeWeight, LIST_SEPARATOR } from './scalar-attributes.js';
import type { ExportFile } from './types.js';

type Cell = string | number | undefined;

/** Columns of `nodes.csv`. */
export const NODE_COLUMNS = ['id', 'label', 'type', 'subtype', 'aliases', 'mentions', 'documents', 'community', 'x', 'y', 'size', 'color', 'confidence'] as const;
/** Columns of `edges.csv` (`relation` is the relation type; Gephi reserves `type` for directedness). */
export const EDGE_COLUMNS = ['id', 'source', 'target', 'relation', 'title', 'status', 'date', 'weight', 'documents', 'evidence', 'confidence'] as const;

function safeRow(cells: readonly Cell[]): Cell[] {
  return cells.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
}

function toCsvText(columns: readonly string[], rows: Cell[][]): string {
  return stringify(rows, { header: true, columns: [...columns], bom: true, record_delimiter: 'unix' });
}

/** `nodes.csv`: one row per entity; lists joined with `|`. */
export function nodesCsv(graph: KnowledgeGraphData): string {
  const rows = graph.mapNodes((key, node) =>
    safeRow([
      key, node.label, node.type, node.subtype, node.aliases.join(LIST_SEPARATOR), node.mentions,
      node.documents.join(LIST_SEPARATOR), node.community, node.x, node.y, node.size, node.color, node.confidence,
    ]),
  );
  return toCsvText(NODE_COLUMNS, rows);
}

/** `edges.csv`: one row per relation; `weight` is the number of evidence sentences, `evidence` their JSON. */
export function edgesCsv(graph: KnowledgeGraphData): string {
  const rows = graph.mapEdges((key, edge, source, target) =>
    safeRow([
      key, source, target, edge.type, edge.title, edge.status, edge.date, edgeWeight(edge),
      edge.documents.join(LIST_SEPARATOR), JSON.stringify(edge.evidence), edge.confidence,
    ]),
  );
  return toCsvText(EDGE_COLUMNS, rows);
}

/** `nodes.csv` and `edges.csv`. */
export function toCsv(graph: KnowledgeGraphData): ExportFile[] {
  return [
    { name: 'nodes.csv', content: nodesCsv(graph) },
    { name: 'edges.csv', content: edgesCsv(graph) },
  ];
}
