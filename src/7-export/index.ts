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
import { ExportError, FormatsFailedError, type ExportFile, type ExportOptions, type Exporter } from './types.js';
import { openOutputSet, type OutputSet } from './output-set.js';
import type { FileContent } from './write.js';

const exporters = {
  gexf: (kg) => [{ name: 'graph.gexf', content: toGexf(kg.graph) }],
  graphml: (kg) => [{ name: 'graph.graphml', content: toGraphml(kg.graph) }],
  json: (kg) => [{ name: 'graph.json', content: toJson(kg) }],
  csv: (kg) => toCsv(kg.graph),
  neo4j: (kg) => toNeo4j(kg.graph),
  html: (kg, options) => [{ name: 'graph.html', content: toHtml(kg.graph, options.title === undefined ? {} : { title: options.title }) }],
} satisfies Record<string, Exporter>;

/** The name of a built-in export format. */
export type ExportFormat = keyof typeof exporters;

/** Every export format: name → exporter. A new format is one module and one line above. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = exporters;

/** Export options with formats of the caller's own: `{ exporters: { pdf: myExporter } }` makes 'pdf' a format. */
export interface ExportWithOptions<F extends string> extends ExportOptions {
  /** The caller's formats, by name, next to the built-in ones (a name of both is the caller's). */
  exporters?: Readonly<Record<F, Exporter>>;
  /**
   * Told when the folder cannot take symbolic links (Windows without developer mode) and the files are
   * therefore written in place, not switched atomically [`process.emitWarning`].
   */
  onWarning?: (message: string) => void;
}

/** Names of the export formats. */
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

/**
 * The formats whose readers draw the graph at the positions it carries (Gephi, yEd / Cytoscape, the
 * HTML viewer): the CLI computes a layout by default only when one of them is asked for.
 */
export const DRAWN_FORMATS: readonly string[] = ['gexf', 'graphml', 'html'];

const own = (record: object | undefined, key: string): boolean => record !== undefined && Object.prototype.hasOwnProperty.call(record, key);

/** The exporter of `format` (the caller's `exporters` first); throws `shiting-kg: …` listing the known formats when there is none. */
export function exporterOf(format: string, exporters?: Readonly<Record<string, Exporter>>): Exporter {
  if (own(exporters, format)) return exporters![format]!;
  if (!own(EXPORTERS, format)) {
    throw new ExportError(format, `unknown format (known: ${[...EXPORT_FORMATS, ...Object.keys(exporters ?? {})].join(', ')})`);
  }
  return EXPORTERS[format as ExportFormat];
}

/** The files of every format in `formats`, in order (pure: nothing is written). */
export function exportFiles<F extends string = never>(kg: ExtractionGraph, formats: readonly (ExportFormat | NoInfer<F>)[], options: ExportWithOptions<F> = {}): ExportFile[] {
  const exporters = formats.map((format) => exporterOf(format, options.exporters));
  return exporters.flatMap((exporter) => exporter(kg, options));
}

/**
 * Formats written in pieces by {@link writeExports} (same bytes as their {@link EXPORTERS} entry): a large
 * graph's JSON is never one string.
 */
const STREAMED: Readonly<Record<string, (kg: ExtractionGraph) => { name: string; content: FileContent }[]>> = {
  json: (kg) => [{ name: 'graph.json', content: toJsonChunks(kg) }],
};

/** The files of one format (JSON in pieces), made only when they are pulled. */
function filesOf(kg: ExtractionGraph, format: string, options: ExportWithOptions<string>): Iterable<{ name: string; content: FileContent }> {
  const streamed = !own(options.exporters, format) && own(STREAMED, format) ? STREAMED[format] : undefined;
  return streamed ? streamed(kg) : exporterOf(format, options.exporters)(kg, options);
}

/** Write one format's files into `set`; on failure, take back what it wrote and return the error. */
async function addFormat(set: OutputSet, kg: ExtractionGraph, format: string, options: ExportWithOptions<string>): Promise<unknown> {
  const names: string[] = [];
  try {
    for (const file of filesOf(kg, format, options)) {
      names.push(file.name);
      await set.add(file.name, file.content);
    }
    return undefined;
  } catch (error) {
    await set.drop(names);
    return error;
  }
}

/**
 * Export `kg` in each of `formats` into directory `dir` (created if needed) and return the written
 * paths. The files are one set: written into a new generation folder, then switched in by one rename
 * (see `openOutputSet`), so an error, a signal or kill -9 at any moment leaves the folder's complete
 * earlier set or the complete new one. Each format is written or fails on its own: when some fail,
 * the others are written and the promise rejects with a `FormatsFailedError` naming each failure (the
 * failed formats' earlier files stay). Files of formats not asked for this time stay. One run writes a
 * folder at a time (a lock file holds its pid; another run is refused, a killed run's lock taken over).
 * One format is made at a time, and JSON in pieces, so memory holds the graph and one format's files.
 *
 * - kg `KnowledgeGraph` (or any `ExtractionGraph`): the graph (lay it out first for positions, see `kg.layout()`).
 * - dir `string`: output directory.
 * - formats `ExportFormat[]`: names from {@link EXPORT_FORMATS}: gexf, graphml, json, csv, neo4j, html
 *   (a name that is none of them is a type error, and throws before anything is written).
 * - options.title `string`: title of the HTML page.
 * - options.exporters `Record<string, Exporter>` [none]: formats of your own by name (`{ pdf: myExporter }`).
 */
export async function writeExports<F extends string = never>(kg: ExtractionGraph, dir: string, formats: readonly (ExportFormat | NoInfer<F>)[], options: ExportWithOptions<F> = {}): Promise<string[]> {
  formats.forEach((format) => exporterOf(format, options.exporters)); // an unknown format before anything is written
  const set = await openOutputSet(dir, options);
  const failures: { format: string; error: unknown }[] = [];
  for (const format of formats) {
    const error = await addFormat(set, kg, format, options);
    if (error !== undefined) failures.push({ format, error });
  }
  if (failures.length > 0 && failures.length === formats.length) {
    await set.abandon();
    throw new FormatsFailedError(failures, []);
  }
  const written = await set.commit();
  if (failures.length > 0) throw new FormatsFailedError(failures, written);
  return written;
}

export { toCsv, nodesCsv, edgesCsv, NODE_COLUMNS, EDGE_COLUMNS } from './csv.js';
export { neutraliseFormula } from './csv-safe.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toHtml } from './html/index.js';
export { toJson, toJsonChunks } from './json.js';
export * from './neo4j/index.js';
export { ExportError, FormatsFailedError, type ExportFile, type ExportOptions, type Exporter } from './types.js';
export { removePendingTemporaries, writeFileAtomic, type FileContent } from './write.js';
export { abandonWrites, openOutputSet, removeStaleOnce, writeFiles, type OutputSet, type OutputSetOptions } from './output-set.js';
export { lockOutputDir, STATE_DIR, type OutputLock } from './output-lock.js';
export { type Cleaned } from './generation.js';
export { xmlSafe } from './xml-text.js';
