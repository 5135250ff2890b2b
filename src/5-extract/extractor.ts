import { z } from 'zod';
import { compileDictionary, type CompiledDictionary } from '../dictionary/compile.js';
import { DictionaryError, formatIssues, loadDictionaryDir, loadDictionaryFile, mergeDictionaries, parseDictionary } from '../dictionary/load.js';
import type { DictionaryData } from '../dictionary/schema.js';
import { resolveEntities } from '../3-resolve/entities.js';
import { selectCandidates } from '../3-resolve/select.js';
import { readDocumentMeta } from '../1-segment/document-meta.js';
import { isMostlyTraditional, toSimplified } from '../io/traditional.js';
import { createJoinTest, normalizeText, type NormalizedText } from '../1-segment/normalize.js';
import { splitSentences } from '../1-segment/sentences.js';
import { scanTerms } from '../1-segment/term-scan.js';
import { unitFlags } from '../1-segment/unit-flags.js';
import { addWords, isWord, retagNonNouns, tokenizeWithTerms } from '../1-segment/tokenizer.js';
import type { ExtractionResult } from '../types.js';
import type { Candidate, Recognizer, RecognizerContext } from '../2-mentions/recognizer.js';
import { defaultRecognizers } from '../2-mentions/recognizers/index.js';
import { each } from '../2-mentions/each.js';
import { indexContaining } from '../2-mentions/span-index.js';
import { tokenOffsets } from '../2-mentions/token-offsets.js';
import { extractRelations, type RelationRule } from '../4-relations/index.js';
import { defaultRelationRules } from '../4-relations/rules.js';

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
});
export type ExtractorOptions = z.input<typeof ExtractorOptionsSchema>;

export const ExtractOptionsSchema = z.strictObject({
  /** Publication date (YYYY-MM-DD) to resolve 9月2日 against; read from the header when absent. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
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

let bundled: DictionaryData | undefined;

function buildDictionary(opts: z.output<typeof ExtractorOptionsSchema>): DictionaryData {
  const base = opts.dictionaryDir ? loadDictionaryDir(opts.dictionaryDir) : (bundled ??= loadDictionaryDir());
  if (opts.dictionary === undefined) return base;
  const user = typeof opts.dictionary === 'string' ? loadDictionaryFile(opts.dictionary) : parseDictionary(opts.dictionary, 'options.dictionary');
  return opts.dictionaryMode === 'replace' ? user : mergeDictionaries(base, user);
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
  const dictionary = compileDictionary(buildDictionary(opts));
  addWords(dictionaryWords(dictionary));
  // jieba's dictionary calls a few places adverbs or verbs (大连/d): a place of the dictionary is a place.
  retagNonNouns(dictionary.data.places.map((p) => p.name).filter((s) => /\p{Script=Han}/u.test(s)), 'ns');
  const recognizers = opts.recognizers ?? defaultRecognizers;
  const relationRules = opts.relationRules ?? defaultRelationRules;
  const joinTest = createJoinTest(isWord, dictionary.paragraphOpener);

  return {
    dictionary,
    extract(text: string, callOptions: ExtractOptions = {}): ExtractionResult {
      if (typeof text !== 'string') throw new TypeError(`shiting-kg: extract(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
      const call = parseOrThrow(ExtractOptionsSchema, callOptions, 'options');
      if (call.dictionary !== undefined) return createExtractor({ ...opts, dictionary: call.dictionary }).extract(text, { ...call, dictionary: undefined });
      if (text.length > MAX_TEXT_LENGTH) throw new RangeError(`shiting-kg: extract(text): text has ${text.length} characters, more than ${MAX_TEXT_LENGTH}; split it first`);
      const repaired = normalizeText(text, joinTest, isWord);
      // Traditional Chinese is read through its Simplified form (one character for one, so offsets hold).
      const normalized = opts.convertTraditional && looksTraditional(repaired.text) ? simplifiedView(repaired) : repaired;
      const found = readDocumentMeta(normalized.text, (s) => dictionary.organizationBySurface.has(s.toLowerCase()));
      const meta = { ...found, ...(call.date ? { date: call.date } : {}), ...(call.title ? { title: call.title } : {}), ...(call.source ? { source: call.source } : {}) };
      const tokens = tokenizeWithTerms(normalized.text, (t, boundaries) => scanTerms(dictionary, t, boundaries));
      const { startingAt: tokenStartingAt, endingAt: tokenEndingAt } = tokenOffsets(tokens, normalized.text.length);
      const candidates: Candidate[] = [];
      const sentences = splitSentences(normalized.text);
      const ctx: RecognizerContext = {
        text: normalized.text, normalized, tokens, sentences, dictionary,
        candidates, tokenStartingAt, tokenEndingAt,
        sentenceAt: (offset) => sentences[indexContaining(sentences, offset)],
      };
      // One push per candidate: push(...list) overflows the stack on a list of a few hundred thousand (1 MB of 局长).
      const add = (c: Candidate) => { candidates.push(c); };
      for (const r of recognizers) each(r.recognize(ctx), add);
      const kept = selectCandidates(candidates, normalized.text.length);
      const resolution = resolveEntities(kept, normalized, dictionary);
      const relations = extractRelations(relationRules, { ...ctx, kept, resolution, date: meta.date });
      return { entities: resolution.entities, relations, ...(meta.date ? { date: meta.date } : {}), meta };
    },
  };
}

/** Characters that exist only in Traditional writing and are frequent in news (們 國 說 這 …), flagged by code unit. */
const TRADITIONAL_MARKERS = unitFlags('們國說這為會來對時發電視劇與員業開際專體還產');

/** A cheap first look (the first few thousand characters) before converting the whole text. */
function looksTraditional(text: string): boolean {
  const head = text.slice(0, 4000);
  let hits = 0;
  for (let i = 0; i < head.length; i++) if (TRADITIONAL_MARKERS[head.charCodeAt(i)] === 1 && ++hits >= 3) return isMostlyTraditional(head);
  return false;
}

function simplifiedView(norm: NormalizedText): NormalizedText {
  const simplified = toSimplified(norm.text);
  return simplified.length === norm.text.length ? { ...norm, text: simplified } : norm;
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
