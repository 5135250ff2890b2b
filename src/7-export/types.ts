/**
 * Types shared by the exporters.
 */
import type { ExtractionGraph } from '../6-graph/knowledge-graph.js';

/** One file an exporter produces: a path relative to the output directory, and its text. */
export interface ExportFile {
  name: string;
  content: string;
}

export interface ExportOptions {
  /** Title of the graph (HTML page title) [`'shiting-kg knowledge graph'`]. */
  title?: string;
}

/** An export format: a pure function from the knowledge graph to the files of that format. */
export type Exporter = (kg: ExtractionGraph, options: ExportOptions) => ExportFile[];

/** Errors of the exporters, prefixed with the package and the format. */
export class ExportError extends Error {
  constructor(format: string, message: string) {
    super(`shiting-kg: ${format} export: ${message}`);
    this.name = 'ExportError';
  }
}
