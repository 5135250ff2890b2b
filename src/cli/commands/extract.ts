/**
 * `shiting-kg extract`: one file to JSON on stdout, or many files to a graph written in export formats.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { EXPORT_FORMATS, writeExports } from '../../export/index.js';
import { createExtractor, extract, type ExtractOptions } from '../../extract/index.js';
import { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { ExtractionResult } from '../../types.js';
import { CliError, errorMessage } from '../errors.js';
import { collectInputFiles, documentId } from '../inputs.js';
import type { CliIO } from '../io.js';
import { formatSummary } from '../summary.js';

export interface ExtractCommandOptions {
  out?: string;
  format: string;
  dict?: string;
  title?: string;
}

/** The user dictionary of `--dict`: the parsed JSON object, or undefined without `--dict`. */
async function readDictionary(dict: string | undefined, cwd: string): Promise<Record<string, unknown> | undefined> {
  if (dict === undefined) return undefined;
  let dictionary: unknown;
  try {
    dictionary = JSON.parse(await readFile(path.resolve(cwd, dict), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error).replace(/^shiting-kg: /, '');
    throw new CliError(`--dict ${dict}: ${reason}`);
  }
  if (typeof dictionary !== 'object' || dictionary === null || Array.isArray(dictionary)) {
    throw new CliError(`--dict ${dict}: must be a JSON object`);
  }
  return dictionary as Record<string, unknown>;
}

/**
 * The extraction function: `extract(text, {})` without a dictionary, else one extractor built once
 * with the dictionary (`createExtractor({ dictionary })`) rather than one per document.
 */
function extractorFor(dictionary: Record<string, unknown> | undefined): (text: string) => ExtractionResult {
  if (dictionary === undefined) return (text) => extract(text, {});
  const extractor = createExtractor({ dictionary });
  return (text) => extractor.extract(text, {});
}

/** The list of formats of `--format`, each checked against the registry. */
function parseFormats(format: string): string[] {
  const formats = [...new Set(format.split(',').map((name) => name.trim()).filter(Boolean))];
  if (formats.length === 0) throw new CliError('--format: no format given');
  const unknown = formats.filter((name) => !EXPORT_FORMATS.includes(name));
  if (unknown.length > 0) throw new CliError(`--format: unknown format ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${EXPORT_FORMATS.join(', ')})`);
  return formats;
}

/** A progress reporter: a bar on an interactive stderr for several files, silent otherwise. */
function progress(io: CliIO, total: number): { tick(file: string): void; log(line: string): void; stop(): void } {
  if (io.progressStream === undefined || total <= 1) {
    return { tick: () => {}, log: (line) => io.stderr(line), stop: () => {} };
  }
  const bars = new cliProgress.MultiBar(
    { stream: io.progressStream, format: 'extract [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  // Extraction keeps the event loop busy, so the bar's own timer seldom fires: redraw (and flush
  // logged lines above the bar) explicitly after each change.
  return {
    tick: (file) => {
      bar.increment({ file });
      bars.update();
    },
    log: (line) => {
      bars.log(line);
      bars.update();
    },
    stop: () => bars.stop(),
  };
}

/** Extract one file and print its result as JSON (the evaluation contract: exactly `extract(text, options)`). */
async function printOne(file: string, options: ExtractOptions, io: CliIO): Promise<number> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${documentId(file, io.cwd)}: cannot read: ${error.code ?? error.message}`);
  });
  io.stdout(`${JSON.stringify(extract(text, options), null, 2)}\n`);
  return 0;
}

/** Run `extract` and return the exit code. */
export async function extractCommand(inputs: string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const formats = parseFormats(options.format);
  const dictionary = await readDictionary(options.dict, io.cwd);
  const files = await collectInputFiles(inputs, io.cwd);
  if (options.out === undefined) {
    const [only] = files;
    if (files.length !== 1 || only === undefined || inputs.length !== 1) {
      throw new CliError('--out DIR is required to extract a directory or several files');
    }
    if (formats.length !== 1 || formats[0] !== 'json') throw new CliError('--out DIR is required for formats other than json');
    return printOne(only, dictionary === undefined ? {} : { dictionary }, io);
  }
  if (files.length === 0) throw new CliError(`no .txt files in ${inputs.join(', ')}`);

  const extractText = extractorFor(dictionary);
  const kg = new KnowledgeGraph();
  const failed: string[] = [];
  const bar = progress(io, files.length);
  for (const file of files) {
    const id = documentId(file, io.cwd);
    bar.tick(id);
    try {
      const text = await readFile(file, 'utf8');
      kg.addExtraction(extractText(text), { id, source: id });
    } catch (error) {
      failed.push(id);
      const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error).replace(/^shiting-kg: /, '');
      bar.log(`shiting-kg: ${id}: ${reason}\n`);
    }
  }
  bar.stop();

  kg.layout();
  kg.detectCommunities();
  const written = await writeExports(kg, path.resolve(io.cwd, options.out), formats, options.title === undefined ? {} : { title: options.title });
  io.stdout(formatSummary(kg.summarize()));
  io.stdout(`wrote ${written.length} files to ${options.out}\n`);
  if (failed.length > 0) {
    io.stderr(`shiting-kg: ${failed.length} of ${files.length} files failed: ${failed.join(', ')}\n`);
    return 1;
  }
  return 0;
}
