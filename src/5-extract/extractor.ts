import { z } from 'zod';
import { compileDictionary, type CompiledDictionary } from '../dictionary/compile.js';
import { DictionaryError, bundledDictionary, formatIssues, loadDictionaryDir, loadDictionaryFile, mergeDictionaries, parseDictionary } from '../dictionary/load.js';
import type { DictionaryData } from '../dictionary/schema.js';
import type { ExtractionResult } from '../types.js';
import { createJoinTest, type JoinTest } from '../1-segment/normalize.js';
import { segmentDocument } from '../1-segment/segment-document.js';
import { lexiconWith, sharedLexicon, type Lexicon } from '../1-segment/lexicon.js';
import { addWords, retagNonNouns } from '../1-segment/tokenizer.js';
import type { Recognizer } from '../2-mentions/recognizer.js';
import { mentionContext, recognizeMentions } from '../2-mentions/recognize-mentions.js';
import { defaultRecognizers } from '../2-mentions/recognizers/index.js';
import { selectCandidates } from '../3-resolve/select.js';
import { resolveEntities } from '../3-resolve/entities.js';
import { markGenericNames } from '../3-resolve/generic-names.js';
import { extractRelations, type RelationRule } from '../4-relations/index.js';
import { defaultRelationRules } from '../4-relations/rules.js';
import { CHUNK_SIZE, extractInChunks, LARGE_TEXT_THRESHOLD } from './chunks.js';
import { bundledCalibration, loadCalibrationFile, parseCalibration, type Calibration } from './calibration.js';
import { assignConfidence, entityRecognizers } from './confidence.js';
import { collectGarbage } from './collect-garbage.js';

export const ExtractorOptionsSchema = z.strictObject({
  /** A user dictionary: an object of the DictionaryData shape, or the path of a JSON file. */
  dictionary: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  /** `extend` (default) adds the user dictionary to the bundled one; `replace` uses it alone. */
  dictionaryMode: z.enum(['extend', 'replace']).default('extend'),
  /** Folder of a dictionary to use instead of the bundled `dictionaries/`. */
  dictionaryDir: z.string().optional(),
  recognizers: z.array(z.custom<Recognizer>((r) => typeof r === 'object' && r !== null && typeof (r as Recognizer).recognize === 'function', 'must be a recognizer ({ name, recognize(ctx) })')).optional(),
  /** Read Traditional Chinese text through its Simplified form, so the Simplified dictionary matches it. */
  convertTraditional: z.boolean().default(true),
  relationRules: z.array(z.custom<RelationRule>((r) => typeof r === 'object' && r !== null && typeof (r as RelationRule).relate === 'function', 'must be a relation rule ({ name, relate(ctx) })')).optional(),
  /** The calibration table confidences come from (object or JSON path) [dictionaries/confidence.json]. */
  calibration: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});
export type ExtractorOptions = z.input<typeof ExtractorOptionsSchema>;

/** Whether YYYY-MM-DD names a day that exists (month 1–12, the month's days, 29 February of leap years). */
function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const ExtractOptionsSchema = z.strictObject({
  /** Publication date (YYYY-MM-DD) to resolve 9月2日 against; read from the header when absent. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').refine(isCalendarDate, 'must be a date of the calendar (2024-13-45 is none)').optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  /** Per-call user dictionary (builds a one-off extractor; prefer createExtractor for many documents). */
  dictionary: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

export interface Extractor {
  readonly dictionary: CompiledDictionary;
  extract(text: string, options?: ExtractOptions): ExtractionResult;
}

/** Largest input accepted in one call (characters); split bigger texts at sentence boundaries first. */
export const MAX_TEXT_LENGTH = 20_000_000;

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new TypeError(`shiting-kg: ${formatIssues(what, value, parsed.error.issues)}`);
  return parsed.data;
}


function buildDictionary(opts: z.output<typeof ExtractorOptionsSchema>): DictionaryData {
  const base = opts.dictionaryDir ? loadDictionaryDir(opts.dictionaryDir) : bundledDictionary();
  if (opts.dictionary === undefined) return base;
  const user = typeof opts.dictionary === 'string' ? loadDictionaryFile(opts.dictionary) : parseDictionary(opts.dictionary, 'options.dictionary');
  return opts.dictionaryMode === 'replace' ? user : mergeDictionaries(base, user);
}

/** The bundled dictionary's words, given to jieba once per process (word → tag). */
let sharedWords: Map<string, string> | undefined;

/**
 * Gives jieba the bundled dictionary's words (once; `compiled` saves compiling it again when the
 * extractor's dictionary is the bundled one) and returns them. Every extractor reads jieba with these
 * words and no others: a dictionary's further words live in its extractor's lexicon.
 */
function shareBundledWords(compiled: CompiledDictionary | undefined): Map<string, string> {
  if (sharedWords) return sharedWords;
  const dict = compiled ?? compileDictionary(bundledDictionary());
  const words = dictionaryWords(dict);
  addWords(words);
  // jieba's dictionary calls a few places adverbs or verbs (大连/d): a place of the dictionary is a place.
  retagNonNouns(dict.data.places.map((p) => p.name).filter((s) => /\p{Script=Han}/u.test(s)), 'ns');
  sharedWords = new Map(words.map(({ word, tag }) => [word, tag]));
  return sharedWords;
}

/** Words jieba should keep whole: every organization surface, title and cue of the dictionary. */
function dictionaryWords(dict: CompiledDictionary): { word: string; tag: string }[] {
  const words: { word: string; tag: string }[] = [];
  for (const o of dict.data.organizations) for (const s of [o.name, ...o.aliases]) if (/\p{Script=Han}/u.test(s)) words.push({ word: s, tag: 'nt' });
  for (const t of dict.titles) words.push({ word: t, tag: 'n' });
  // Two-character cues (计划, 征集) are often verbs: jieba's own tags for them stay.
  for (const map of [dict.workCues, dict.documentCues, dict.agreementCues, dict.eventCues]) for (const cue of map.keys()) if (cue.length >= 3) words.push({ word: cue, tag: 'n' });
  for (const cue of dict.organizationSuffixes.keys()) if (cue.length > 1) words.push({ word: cue, tag: 'n' });
  for (const word of dict.data.vocabulary) words.push({ word, tag: 'n' });
  return words;
}

/**
 * Creates an extractor with an injected dictionary and plug-in recognizers and relation rules.
 * The dictionary is loaded, validated and compiled once here.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const opts = parseOrThrow(ExtractorOptionsSchema, options, 'options');
  const data = buildDictionary(opts);
  const dictionary = compileDictionary(data);
  // buildDictionary gives the bundled dictionary itself exactly when no other was asked for (no second load to compare).
  const isBundled = !opts.dictionaryDir && opts.dictionary === undefined;
  const shared = shareBundledWords(isBundled ? dictionary : undefined);
  // The bundled dictionary's words are all jieba's already: its extractors read the shared lexicon.
  const lexicon = isBundled ? sharedLexicon : lexiconWith(dictionaryWords(dictionary).filter(({ word, tag }) => shared.get(word) !== tag));
  const recognizers = opts.recognizers ?? defaultRecognizers;
  const relationRules = opts.relationRules ?? defaultRelationRules;
  const joinTest = createJoinTest(lexicon.isWord, dictionary.paragraphOpener);
  const calibration = calibrationOf(opts.calibration);

  return {
    dictionary,
    extract(text: string, callOptions: ExtractOptions = {}): ExtractionResult {
      if (typeof text !== 'string') throw new TypeError(`shiting-kg: extract(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
      const call = parseOrThrow(ExtractOptionsSchema, callOptions, 'options');
      if (call.dictionary !== undefined) return createExtractor({ ...opts, dictionary: call.dictionary }).extract(text, { ...call, dictionary: undefined });
      if (text.length > MAX_TEXT_LENGTH) throw new RangeError(`shiting-kg: extract(text): text has ${text.length} characters, more than ${MAX_TEXT_LENGTH}; split it first`);
      return runInChunks(text, call, { dictionary, lexicon, recognizers, relationRules, joinTest, convertTraditional: opts.convertTraditional, calibration });
    },
  };
}

/** What one extractor brings to every document: its dictionary, its plug-ins and its line-join test. */
interface Stages {
  dictionary: CompiledDictionary;
  /** What a word is for this extractor: jieba's shared dictionary plus its own dictionary's words. */
  lexicon: Lexicon;
  recognizers: readonly Recognizer[];
  relationRules: readonly RelationRule[];
  joinTest: JoinTest;
  convertTraditional: boolean;
  calibration: Calibration;
}

/** The calibration table of `createExtractor({ calibration })`: an object, a JSON file, else the bundled one. */
function calibrationOf(given: string | Record<string, unknown> | undefined): Calibration {
  if (given === undefined) return bundledCalibration();
  return typeof given === 'string' ? loadCalibrationFile(given) : parseCalibration(given, 'options.calibration');
}

/**
 * A text longer than LARGE_TEXT_THRESHOLD goes through the stages chunk by chunk (cut at sentence ends,
 * offsets shifted back into the whole text, results merged: see ./chunks.ts), so the memory of one call
 * is that of one chunk's work — the stages hold some hundreds of bytes per character — whatever the
 * length of the text; a full collection between chunks keeps V8 from piling up the chunks' garbage
 * (./collect-garbage.ts). Shorter texts are one pass.
 */
function runInChunks(text: string, call: { date?: string; title?: string; source?: string }, stages: Stages): ExtractionResult {
  if (text.length <= LARGE_TEXT_THRESHOLD) return runStages(text, call, stages);
  return extractInChunks(text, CHUNK_SIZE, call, (chunk, options) => runStages(chunk, options, stages), collectGarbage);
}

/**
 * The pipeline, stage by stage: segment → mentions → selection → entities → relations. Each step is
 * exported by its stage's folder and can be run (and tested) on its own.
 */
function runStages(text: string, call: { date?: string; title?: string; source?: string }, stages: Stages): ExtractionResult {
  const { dictionary } = stages;
  const doc = segmentDocument(text, dictionary, { lexicon: stages.lexicon, joinTest: stages.joinTest, convertTraditional: stages.convertTraditional, ...call });
  const ctx = mentionContext(doc, dictionary, stages.lexicon);
  const candidates = recognizeMentions(ctx, stages.recognizers);
  const kept = selectCandidates(candidates, doc.normalized.text.length);
  const resolution = resolveEntities(kept, doc.normalized, dictionary, doc.meta.date);
  const relations = extractRelations(stages.relationRules, { ...ctx, kept, resolution, date: doc.meta.date });
  markGenericNames(resolution.entities, dictionary);
  assignConfidence(resolution.entities, relations, entityRecognizers(resolution), stages.calibration);
  return { entities: resolution.entities, relations, ...(doc.meta.date ? { date: doc.meta.date } : {}), meta: doc.meta };
}

let shared: Extractor | undefined;

/**
 * Extracts entities and relations from one document with the bundled dictionary (created on first use
 * and reused). For a user dictionary or your own recognizers, use `createExtractor`.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

export { DictionaryError };
