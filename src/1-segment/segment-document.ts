/**
 * Stage 1 as one step: a document's text → the normalised text, its metadata, tokens and sentences,
 * everything the recognizers read. Offsets of tokens and sentences point into the normalised text;
 * `normalized.toOriginal` maps them back.
 */
import type { CompiledDictionary } from '../dictionary/compile.js';
import { isMostlyTraditional, toSimplified } from '../io/traditional.js';
import type { DocumentMeta, Sentence, Token } from '../types.js';
import { readDocumentMeta } from './document-meta.js';
import { createJoinTest, normalizeText, type JoinTest, type NormalizedText } from './normalize.js';
import { splitSentences } from './sentences.js';
import { scanTerms } from './term-scan.js';
import { tokenOffsets } from './token-offsets.js';
import { sharedLexicon, type Lexicon } from './lexicon.js';
import { tokenizeWithTerms } from './tokenizer.js';
import { unitFlags } from './unit-flags.js';

/** A document cut into what the recognizers read. */
export interface SegmentedDocument {
  /** The text as given and its normalised form (PDF breaks joined, Traditional read as Simplified). */
  readonly normalized: NormalizedText;
  /** Header metadata, with the caller's date, title and source in front of what the header says. */
  readonly meta: DocumentMeta;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Index of the token starting / ending at a normalised offset. */
  readonly tokenStartingAt: ReadonlyMap<number, number>;
  readonly tokenEndingAt: ReadonlyMap<number, number>;
}

export interface SegmentOptions {
  /** What a word is (the extractor's lexicon) [jieba's shared dictionary]. */
  lexicon?: Lexicon;
  /** Decides whether a line break falls inside a sentence [`createJoinTest(lexicon.isWord, dictionary.paragraphOpener)`]. */
  joinTest?: JoinTest;
  /** Read Traditional Chinese through its Simplified form [true]. */
  convertTraditional?: boolean;
  /** Metadata given by the caller; it wins over the header's. */
  date?: string;
  title?: string;
  source?: string;
}

/** Segments one document: normalise, read the header, tokenize with the dictionary's terms, split sentences. */
export function segmentDocument(text: string, dictionary: CompiledDictionary, options: SegmentOptions = {}): SegmentedDocument {
  const lexicon = options.lexicon ?? sharedLexicon;
  const joinTest = options.joinTest ?? createJoinTest(lexicon.isWord, dictionary.paragraphOpener);
  const repaired = normalizeText(text, joinTest, lexicon.isWord);
  // Traditional Chinese is read through its Simplified form (one character for one, so offsets hold).
  const normalized = (options.convertTraditional ?? true) && looksTraditional(repaired.text) ? simplifiedView(repaired) : repaired;
  const found = readDocumentMeta(normalized.text, (s) => dictionary.organizationBySurface.has(s.toLowerCase()));
  const meta = { ...found, ...(options.date ? { date: options.date } : {}), ...(options.title ? { title: options.title } : {}), ...(options.source ? { source: options.source } : {}) };
  const tokens = tokenizeWithTerms(normalized.text, (t, boundaries) => scanTerms(dictionary, t, boundaries));
  const { startingAt: tokenStartingAt, endingAt: tokenEndingAt } = tokenOffsets(tokens, normalized.text.length);
  const sentences = splitSentences(normalized.text);
  return { normalized, meta, tokens, sentences, tokenStartingAt, tokenEndingAt };
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
