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

/** The message of a format's error, naming the format once. */
const formatMessage = (format: string, error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('shiting-kg: ') ? message.slice('shiting-kg: '.length) : `${format} export: ${message}`;
};

/**
 * Some formats failed: each failure with its format, and the files of the formats that were written
 * (each format is written or fails on its own). With no file written, the folder is as it was.
 */
export class FormatsFailedError extends Error {
  constructor(
    readonly failures: readonly { format: string; error: unknown }[],
    readonly written: readonly string[],
  ) {
    const what = failures.map(({ format, error }) => formatMessage(format, error)).join('; ');
    const rest = written.length > 0 ? `the other formats were written (${written.length} files); the failed formats' earlier files, if any, are left as they were` : 'nothing was written';
    super(`shiting-kg: ${what}; ${rest}`);
    this.name = 'FormatsFailedError';
  }
}
