/**
 * The export formats, registered by name. A new format is one module plus one line in
 * {@link EXPORTERS}.
 */
import type { ExtractionGraph } from '../6-graph/knowledge-graph.js';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toHtml } from './html/index.js';
import { toJson, toJsonChunks } from './json.js';
import { toNeo4j } from './neo4j/index.js';
import { ExportError, type ExportFile, type ExportOptions, type Exporter } from './types.js';
import { writeFiles, type FileContent } from './write.js';

/** Every export format: name → exporter. */
export const EXPORTERS: Readonly<Record<string, Exporter>> = {
  gexf: (kg) => [{ name: 'graph.gexf', content: toGexf(kg.graph) }],
  graphml: (kg) => [{ name: 'graph.graphml', content: toGraphml(kg.graph) }],
  json: (kg) => [{ name: 'graph.json', content: toJson(kg) }],
  csv: (kg) => toCsv(kg.graph),
  neo4j: (kg) => toNeo4j(kg.graph),
  html: (kg, options) => [{ name: 'graph.html', content: toHtml(kg.graph, options.title === undefined ? {} : { title: options.title }) }],
};

/** Names of the export formats. */
export const EXPORT_FORMATS = Object.keys(EXPORTERS);

/**
 * The formats whose readers draw the graph at the positions it carries (Gephi, yEd / Cytoscape, the
 * HTML viewer): the CLI computes a layout by default only when one of them is asked for.
 */
export const DRAWN_FORMATS: readonly string[] = ['gexf', 'graphml', 'html'];

/** The exporter of `format`; throws `shiting-kg: …` listing the known formats when there is none. */
export function exporterOf(format: string): Exporter {
  if (!Object.prototype.hasOwnProperty.call(EXPORTERS, format)) {
    throw new ExportError(format, `unknown format (known: ${EXPORT_FORMATS.join(', ')})`);
  }
  return EXPORTERS[format] as Exporter;
}

/** The files of every format in `formats`, in order (pure: nothing is written). */
export function exportFiles(kg: ExtractionGraph, formats: readonly string[], options: ExportOptions = {}): ExportFile[] {
  const exporters = formats.map(exporterOf);
  return exporters.flatMap((exporter) => exporter(kg, options));
}

/**
 * Formats written in pieces by {@link writeExports} (same bytes as their {@link EXPORTERS} entry): a large
 * graph's JSON is never one string.
 */
const STREAMED: Readonly<Record<string, (kg: ExtractionGraph) => { name: string; content: FileContent }[]>> = {
  json: (kg) => [{ name: 'graph.json', content: toJsonChunks(kg) }],
};

/** The files of `formats`, each format's made only when the one before is written. */
function* filesToWrite(kg: ExtractionGraph, formats: readonly string[], options: ExportOptions): Generator<{ name: string; content: FileContent }> {
  for (const format of formats) {
    const streamed = Object.prototype.hasOwnProperty.call(STREAMED, format) ? STREAMED[format] : undefined;
    yield* streamed ? streamed(kg) : exporterOf(format)(kg, options);
  }
}

/**
 * Export `kg` in each of `formats` into directory `dir` (created if needed) and return the written
 * paths. Every file is written to a temporary file, then all are renamed over their targets, so a
 * failure never leaves a half-written file, and a failure before the renaming leaves every target as
 * it was. One format is made at a time, and JSON in pieces, so memory holds the graph and one
 * format's files, never every format at once.
 *
 * - kg `KnowledgeGraph` (or any `ExtractionGraph`): the graph (lay it out first for positions, see `kg.layout()`).
 * - dir `string`: output directory.
 * - formats `string[]`: names from {@link EXPORT_FORMATS}: gexf, graphml, json, csv, neo4j, html.
 * - options.title `string`: title of the HTML page.
 */
export async function writeExports(kg: ExtractionGraph, dir: string, formats: readonly string[], options: ExportOptions = {}): Promise<string[]> {
  formats.forEach(exporterOf); // an unknown format before anything is written
  return writeFiles(dir, filesToWrite(kg, formats, options));
}

export { toCsv, nodesCsv, edgesCsv, NODE_COLUMNS, EDGE_COLUMNS } from './csv.js';
export { neutraliseFormula } from './csv-safe.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toHtml } from './html/index.js';
export { toJson, toJsonChunks } from './json.js';
export * from './neo4j/index.js';
export { ExportError, type ExportFile, type ExportOptions, type Exporter } from './types.js';
export { removePendingTemporaries, writeFileAtomic, writeFiles, type FileContent } from './write.js';
export { xmlSafe } from './xml-text.js';
