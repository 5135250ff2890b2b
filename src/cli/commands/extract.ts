/**
 * `shiting-kg extract`: one file to JSON on stdout, or many files to a graph written in export formats.
 */
import { contentId } from '../../6-graph/content-id.js';
import { loadGraph } from '../load-graph.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { DRAWN_FORMATS, EXPORT_FORMATS, FormatsFailedError, writeExports, type ExportFormat } from '../../7-export/index.js';
import { parseDictionary } from '../../dictionary/load.js';
import type { DictionaryData } from '../../dictionary/schema.js';
import { extract, type ExtractOptions } from '../../5-extract/index.js';
import { KnowledgeGraph } from '../../8-corpus/knowledge-graph.js';
import { readTextFile, type ReadTextOptions } from '../../io/read-text.js';
import type { CorpusDocument } from '../../8-corpus/corpus.js';
import { createExtractionPool, type ExtractionPool } from '../../8-corpus/pool.js';
import { CliError, errorMessage } from '../errors.js';
import { collectInputFiles, countInputFiles, documentId, walkInputFiles } from '../inputs.js';
import type { CliIO } from '../io.js';
import { claimOutputFolder } from '../output-folder.js';
import { confidentResult, parseMinConfidence } from '../min-confidence.js';
import { formatSummary } from '../summary.js';
import { workerCount } from '../workers.js';

export interface ExtractCommandOptions {
  out?: string;
  format: string;
  dict?: string;
  title?: string;
  /** Worker threads, as typed (`--workers`); the program's default is the number of cores. */
  workers?: string;
  /** Print how long each phase took to stderr (`--timings`). */
  timings?: boolean;
  /** Text encoding of the input files (`--encoding`); detected when absent (UTF-8/16, GB18030). */
  encoding?: string;
  /** A graph.json to add to (`--graph`): texts it already has (by content id) are skipped. */
  graph?: string;
  /**
   * Compute ForceAtlas2 positions (`--layout` / `--no-layout`); when absent, only if a format that draws
   * the graph (gexf, graphml, html) is asked for. Sizes and colours are written either way.
   */
  layout?: boolean;
  /** Largest input file in MB (`--max-input-mb`); larger files fail with a message. */
  maxInputMb?: string;
  /** `--min-confidence`: leave out the entities and relations of lower confidence (0–1). */
  minConfidence?: string;
}

/** Phase timings for `--timings`: each phase's wall time, written to stderr at the end. */
function stopwatch(enabled: boolean, io: CliIO): { lap(phase: string): void; report(): void } {
  const laps: string[] = [];
  let last = performance.now();
  return {
    lap(phase) {
      const now = performance.now();
      laps.push(`${phase} ${Math.round(now - last)} ms`);
      last = now;
    },
    report() {
      if (enabled) io.stderr(`shiting-kg: timings: ${laps.join(', ')}\n`);
    },
  };
}

/**
 * The user dictionary of `--dict`, validated once here (a bad dictionary is one error before any work,
 * not one per file), or undefined without `--dict`. A UTF-8 BOM is allowed, as loadDictionaryFile allows it.
 */
async function readDictionary(dict: string | undefined, cwd: string): Promise<DictionaryData | undefined> {
  if (dict === undefined) return undefined;
  let dictionary: unknown;
  try {
    dictionary = JSON.parse((await readFile(path.resolve(cwd, dict), 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error).replace(/^shiting-kg: /, '');
    throw new CliError(`--dict ${dict}: ${reason}`);
  }
  if (typeof dictionary !== 'object' || dictionary === null || Array.isArray(dictionary)) {
    throw new CliError(`--dict ${dict}: must be a JSON object`);
  }
  // Errors name the file the user gave, as the library's loadDictionaryFile does.
  return parseDictionary(dictionary, dict);
}

/** The list of formats of `--format`, each checked against the registry. */
function parseFormats(format: string): ExportFormat[] {
  const formats = [...new Set(format.split(',').map((name) => name.trim()).filter(Boolean))];
  if (formats.length === 0) throw new CliError('--format: no format given');
  const isFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as string[]).includes(name);
  const unknown = formats.filter((name) => !isFormat(name));
  if (unknown.length > 0) throw new CliError(`--format: unknown format ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${EXPORT_FORMATS.join(', ')})`);
  return formats.filter(isFormat);
}

interface Progress {
  /** The number of files, once known (counted alongside the extraction). */
  setTotal(total: number): void;
  /** A file was seen by the walk (the total so far, until the count is known). */
  seen(): void;
  tick(file: string): void;
  log(line: string): void;
  stop(): void;
}

/**
 * A progress reporter: a bar on an interactive stderr once more than one file is known, silent
 * otherwise. Its total is the number of files found so far until the background count ends.
 */
function progress(io: CliIO): Progress {
  const stream = io.progressStream;
  let bars: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  let total: number | undefined;
  let seen = 0;
  let done = 0;
  const current = () => total ?? seen;
  const draw = (file?: string) => {
    if (stream === undefined) return;
    if (bar === undefined) {
      if (current() <= 1) return;
      bars = new cliProgress.MultiBar(
        { stream, format: 'extract [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar = bars.create(current(), done, { file: file ?? '' });
    }
    bar.setTotal(current());
    bar.update(done, file === undefined ? {} : { file });
    // Extraction keeps the event loop busy, so the bar's own timer seldom fires: redraw (and flush
    // logged lines above the bar) explicitly after each change.
    bars!.update();
  };
  return {
    setTotal: (n) => {
      total = n;
      draw();
    },
    seen: () => {
      seen++;
      if (total === undefined) draw();
    },
    tick: (file) => {
      done++;
      draw(file);
    },
    log: (line) => {
      if (bars === undefined) io.stderr(line);
      else {
        bars.log(line);
        bars.update();
      }
    },
    stop: () => bars?.stop(),
  };
}

/** The reason a file could not be read, as the failures report shows it: the error code, else the message. */
function readFailure(error: unknown, file: string): Error {
  const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code ?? (error as NodeJS.ErrnoException).code;
  const message = errorMessage(error).replace(/^shiting-kg: /, '');
  return new Error(`shiting-kg: ${code ?? (message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message)}`);
}

/** What reading one input gave: its text, or why it is refused. */
type ReadOutcome = { text: string } | { error: Error };

/**
 * The documents of the input files, each read only when it is pulled (when the pool has a place);
 * `preRead` holds files read already, each let go once pulled (a text is not held for the whole run).
 */
async function* documents(files: AsyncIterator<string>, io: CliIO, bar: Progress, read: ReadTextOptions, preRead: Map<string, ReadOutcome>, known?: ReadonlySet<string>): AsyncGenerator<CorpusDocument> {
  for (let next = await files.next(); !next.done; next = await files.next()) {
    const path = next.value;
    const id = documentId(path, io.cwd);
    bar.seen();
    const before = preRead.get(path);
    preRead.delete(path);
    const text = before !== undefined ? ('text' in before ? Promise.resolve(before.text) : Promise.reject(before.error)) : readInput(path, read);
    if (known === undefined) yield { id, text, meta: { source: id } };
    else {
      // Adding to a graph: the text is read now, to skip one the graph has under any name.
      const read = await text.then((value) => ({ value }), (error: unknown) => ({ error }));
      const hash = 'value' in read ? contentId(read.value) : undefined;
      if (hash === undefined || !known.has(hash)) yield { id, text: 'value' in read ? read.value : Promise.reject(read.error), meta: hash === undefined ? { source: id } : { source: id, hash } };
    }
  }
}

/** The text of an input file, or a rejection naming the file (readFailure). */
function readInput(path: string, read: ReadTextOptions): Promise<string> {
  return readTextFile(path, read).then((decoded) => decoded.text, (error: unknown) => Promise.reject(readFailure(error, path)));
}

/** Why nothing is written when every input failed: the files, and that the earlier outputs stay. */
function everyInputFailed(ids: readonly string[], out: string): string {
  return `every input failed (${ids.length} file${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}); nothing written, the files in ${out} are left as they were`;
}

/** The files read before the workers start, then the rest of the walk. */
async function* chain(first: readonly string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Read the inputs until one is usable (it exists, is a regular file under the size cap and decodes),
 * before any worker starts: starting the workers costs seconds and hundreds of MB, which a run whose
 * every input is refused should not pay. The files after the first usable one are read as the run
 * goes. Returns what each file read gave, in input order; the last one is the usable one, if any.
 */
async function preflight(first: string, rest: AsyncIterator<string>, read: ReadTextOptions): Promise<Map<string, ReadOutcome>> {
  const outcomes = new Map<string, ReadOutcome>();
  for (let file: string | undefined = first; file !== undefined;) {
    const path = file;
    const outcome = await readInput(path, read).then((text): ReadOutcome => ({ text }), (error: Error): ReadOutcome => ({ error }));
    outcomes.set(path, outcome);
    if ('text' in outcome) break;
    const next = await rest.next();
    file = next.done ? undefined : next.value;
  }
  return outcomes;
}

/** Every input was refused before any worker started: one line per file, then what was (not) written. */
function reportRefused(outcomes: ReadonlyMap<string, ReadOutcome>, out: string, io: CliIO): number {
  const ids: string[] = [];
  for (const [file, outcome] of outcomes) {
    const id = documentId(file, io.cwd);
    ids.push(id);
    if ('error' in outcome) io.stderr(`shiting-kg: ${id}: ${outcome.error.message.replace(/^shiting-kg: /, '')}\n`);
  }
  io.stderr(`shiting-kg: ${everyInputFailed(ids, out)}\n`);
  return 1;
}

/** How input files are read: `--encoding`, and `--max-input-mb` as bytes. */
function readOptions(options: ExtractCommandOptions): ReadTextOptions {
  const read: ReadTextOptions = options.encoding === undefined ? {} : { encoding: options.encoding };
  if (options.maxInputMb === undefined) return read;
  const mb = Number(options.maxInputMb);
  if (!(options.maxInputMb.trim() !== '' && Number.isFinite(mb) && mb > 0)) throw new CliError(`--max-input-mb: must be a number of megabytes > 0, got "${options.maxInputMb}"`);
  return { ...read, maxBytes: Math.floor(mb * 2 ** 20) };
}

/** Extract one file and print its result as JSON (the evaluation contract: exactly `extract(text, options)`). */
async function printOne(file: string, options: ExtractOptions, io: CliIO, read: ReadTextOptions, min?: number): Promise<number> {
  // Decoded like every input (UTF-8 with or without BOM, UTF-16, GB18030/GBK), refused with one clear line otherwise.
  const text = await readTextFile(file, read).then((decoded) => decoded.text, (error: unknown) => {
    throw new CliError(`${documentId(file, io.cwd)}: cannot read: ${readFailure(error, file).message.replace(/^shiting-kg: /, '')}`);
  });
  const result = extract(text, options);
  io.stdout(`${JSON.stringify(min === undefined ? result : confidentResult(result, min), null, 2)}\n`);
  return 0;
}

/** Write the exports; a format that fails is reported alone and the others are written. Returns the paths written and whether every format was. */
async function writeOutputs(kg: KnowledgeGraph, out: string, formats: ExportFormat[], options: ExtractCommandOptions, io: CliIO): Promise<{ written: readonly string[]; complete: boolean }> {
  try {
    const onWarning = (message: string) => io.stderr(`${message}\n`);
    return { written: await writeExports(kg, out, formats, options.title === undefined ? { onWarning } : { title: options.title, onWarning }), complete: true };
  } catch (error) {
    if (!(error instanceof FormatsFailedError)) throw error;
    for (const { format, error: why } of error.failures) io.stderr(`shiting-kg: ${format}: not written: ${errorMessage(why).replace(/^shiting-kg: /, '')}\n`);
    if (error.written.length === 0) throw new CliError(`no format could be written; the files in ${options.out} are left as they were`);
    io.stderr(`shiting-kg: the other formats were written; the failed formats' earlier files in ${options.out}, if any, are left as they were\n`);
    return { written: error.written, complete: false };
  }
}

/** Run `extract` and return the exit code. */
export async function extractCommand(inputs: string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const formats = parseFormats(options.format);
  const read = readOptions(options);
  // Validated once here, before any work; with --out the workers read the file and nothing keeps the object.
  const dictionary = options.out === undefined ? await readDictionary(options.dict, io.cwd) : void (await readDictionary(options.dict, io.cwd));
  const min = parseMinConfidence(options.minConfidence);
  // A graph grown over runs must keep every fact: a later document may confirm one below the threshold.
  if (min !== undefined && options.graph !== undefined) throw new CliError('--min-confidence cannot be used with --graph (the graph would lose the facts below it for good); filter with `shiting-kg query --min-confidence` instead');
  if (options.out === undefined) {
    const files = await collectInputFiles(inputs, io.cwd);
    const [only] = files;
    if (files.length !== 1 || only === undefined || inputs.length !== 1) {
      throw new CliError('--out DIR is required to extract a directory or several files');
    }
    if (formats.length !== 1 || formats[0] !== 'json') throw new CliError('--out DIR is required for formats other than json');
    return printOne(only, dictionary === undefined ? {} : { dictionary }, io, read, min);
  }
  const walk = walkInputFiles(inputs, io.cwd);
  const first = await walk.next();
  if (first.done) throw new CliError(`no .txt files in ${inputs.join(', ')}`);
  // The workers read the dictionary file themselves (validated above): no copy of a large one per worker.
  const dictPath = options.dict === undefined ? undefined : path.resolve(io.cwd, options.dict);
  const workers = workerCount(options.workers, dictPath, io);
  const lock = claimOutputFolder(path.resolve(io.cwd, options.out), options.out, io);
  try {
    const preRead = await preflight(first.value, walk, read);
    if (![...preRead.values()].some((outcome) => 'text' in outcome)) return reportRefused(preRead, options.out, io);
    const pool = createExtractionPool(dictPath === undefined ? { workers } : { workers, dictionary: dictPath });
    const files = chain([...preRead.keys()], walk);
    return await extractToFolder({ files, preRead, inputs, formats, read, pool, min }, options, io);
  } finally {
    lock.release();
  }
}

/** What `extractToFolder` works on. */
interface FolderRun {
  /** The input files, the ones read before the pool started first. */
  files: AsyncIterator<string>;
  /** What reading the files before the pool started gave (emptied as they are pulled). */
  preRead: Map<string, ReadOutcome>;
  inputs: string[];
  formats: ExportFormat[];
  read: ReadTextOptions;
  pool: ExtractionPool;
  /** `--min-confidence`, parsed. */
  min: number | undefined;
}

/** Extract every input on the pool into one graph and write its exports to `--out`. */
async function extractToFolder({ files, preRead, inputs, formats, read, pool, min }: FolderRun, options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const clock = stopwatch(options.timings === true, io);
  const kg = options.graph === undefined ? new KnowledgeGraph() : await loadGraph(options.graph, io.cwd);
  const before = kg.documents.length;
  const known = options.graph === undefined ? undefined : new Set(kg.documents.flatMap((d) => (d.hash === undefined ? [] : [d.hash])));
  const bar = progress(io);
  let summary;
  try {
    await pool.ready();
    clock.lap('start-up');
    // The total only sizes the progress bar: no bar (not a terminal), no second walk of the inputs.
    if (io.progressStream) void countInputFiles(inputs, io.cwd).then((total) => bar.setTotal(total), () => {});
    summary = await kg.addCorpus(documents(files, io, bar, read, preRead, known), {
      pool,
      onProgress: ({ id, reason }) => {
        bar.tick(id);
        if (reason !== undefined) bar.log(`shiting-kg: ${id}: ${reason.replace(/^shiting-kg: /, '')}\n`);
      },
    });
  } finally {
    bar.stop();
    await pool.close();
  }

  clock.lap('read+extract+merge');
  const { failed } = summary;
  if (options.graph !== undefined && kg.documents.length === before && failed.length === 0) {
    // Nothing new: the outputs stay byte for byte as they are.
    io.stdout(`no new document: ${options.graph} already has every input; nothing written\n`);
    return 0;
  }
  if (kg.documents.length === 0) {
    // A graph of no document would replace good outputs with empty ones: leave them as they are.
    const out = options.out!; // extractToFolder runs only with --out
    const why = failed.length > 0 ? everyInputFailed(failed.map((f) => f.id), out) : `no document was extracted; nothing written, the files in ${out} are left as they were`;
    io.stderr(`shiting-kg: ${why}\n`);
    return 1;
  }
  const shown = min === undefined ? kg : kg.withMinConfidence(min);
  shown.layout({ positions: options.layout ?? formats.some((format) => DRAWN_FORMATS.includes(format)) });
  clock.lap('layout');
  shown.detectCommunities();
  clock.lap('communities');
  const { written, complete } = await writeOutputs(shown, path.resolve(io.cwd, options.out!), formats, options, io);
  clock.lap('export');
  clock.report();
  io.stdout(formatSummary(shown.summarize()));
  io.stdout(`wrote ${written.length} files to ${options.out}\n`);
  if (failed.length > 0) {
    const total = summary.documents + summary.skipped + failed.length;
    io.stderr(`shiting-kg: ${failed.length} of ${total} files failed: ${failed.map((f) => f.id).join(', ')}\n`);
    return 1;
  }
  return complete ? 0 : 1;
}
