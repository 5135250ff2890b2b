import { createRequire } from 'node:module';
import type { Token } from '../types.js';
import { posTag, setPosTag } from './pos-lexicon.js';
import { unitFlags } from './unit-flags.js';

interface Jieba {
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

// nodejieba is a native CommonJS addon: load it the same way from the ESM and the CJS build.
const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
const inserted = new Set<string>();

function load(): Jieba {
  jieba ??= require('nodejieba') as Jieba;
  return jieba;
}

/**
 * Adds words to jieba's user dictionary so that they come out as single tokens. jieba keeps one
 * dictionary per process, so a word added by one extractor is known to all; adding is idempotent.
 */
export function addWords(words: Iterable<{ word: string; tag: string }>): void {
  const j = load();
  let added = false;
  for (const { word, tag } of words) {
    const key = `${word}\u0000${tag}`;
    if (inserted.has(key) || /\s/.test(word)) continue;
    inserted.add(key);
    j.insertWord(word, tag);
    // Keep the tags tokenize() looks up in step with jieba's dictionary (jieba sees U+FFFD for a lone surrogate).
    setPosTag(asJiebaSees(word), tag);
    added = true;
  }
  // A new word changes how jieba cuts any string that contains it, not only the word itself.
  if (added) wordCache.clear();
}

/**
 * Gives words the tag `tag` where jieba's dictionary tags them as no noun at all (大连/d), without
 * adding them to jieba: how jieba cuts stays the same, only what a whole-word token is called changes.
 */
export function retagNonNouns(words: Iterable<string>, tag: string): void {
  for (const word of words) {
    const seen = asJiebaSees(word);
    if (seen.length > 1 && !/\s/.test(seen) && !/^n/.test(posTag(seen))) setPosTag(seen, tag);
  }
}

/** True when jieba's dictionaries (built-in and added) segment `s` as one word. */
export function isWord(s: string): boolean {
  let known = wordCache.get(s);
  if (known === undefined) {
    const tokens = load().cut(s, false);
    known = tokens.length === 1 && tokens[0] === s;
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(s, known);
  }
  return known;
}

// isWord asks jieba about short strings over and over (the same junctions, the same names): remember the answers.
const wordCache = new Map<string, boolean>();

/** A lone UTF-16 surrogate (half of a pair without its other half). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text as jieba sees it: jieba reads UTF-8, so a lone surrogate comes back as U+FFFD. Replacing
 * it first (one UTF-16 unit for one) keeps jieba's words findable at the same offsets; otherwise each
 * word after it is searched for to the end of the text in vain (quadratic on text full of them).
 */
const asJiebaSees = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd');

/**
 * Tokenises `text` with part-of-speech tags. Every token gets its offsets in `text`
 * (`text.slice(start, end) === word`); whatever jieba drops is skipped, never misaligned.
 *
 * The tags are jieba's own: `tag()` is `cut(text, true)` plus a dictionary look-up per word, and the
 * binding's `{ word, tag }` object per token costs more than the cut; posTag does the look-up here.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const seen = asJiebaSees(text);
  const same = seen === text;
  let cursor = 0;
  const words = load().cut(seen, true);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '') continue;
    const at = seen.startsWith(word, cursor) ? cursor : boundedIndexOf(seen, word, cursor);
    if (at < 0) continue;
    const end = at + word.length;
    tokens.push({ word: same ? word : text.slice(at, end), tag: posTag(word), start: offset + at, end: offset + end });
    cursor = end;
  }
  return tokens;
}

/**
 * Prepositions and particles that jieba's guesses (HMM, tag x) glue to the front of an unknown name
 * (由青禾|影视, 据星澜|研究院), for tokenizeWithTerms to part. 向 and 于 are left out: they are common
 * surnames too (向睿泽, 于敏).
 */
const GLUED_FRONT = unitFlags('由据在与对从为被把让给和跟同将经自即令使及并以');
/** Of those, the ones no name starts with: split from a guess of two characters too (由|拾光). */
const ONLY_FUNCTION = 2;
for (const c of '由据在与对为被把让给跟即令使并') GLUED_FRONT[c.charCodeAt(0)] = ONLY_FUNCTION;
const isHanUnit = (unit: number) => unit >= 0x3400 && unit <= 0x9fff;

/** Looks for a word jieba returned just ahead of where the last one ended; never rescans the whole text. */
function boundedIndexOf(text: string, word: string, from: number): number {
  const at = text.slice(from, from + word.length + 64).indexOf(word);
  return at < 0 ? -1 : from + at;
}

/** Plain segmentation (no tags), the floor any jieba-based extractor pays. */
export function cut(text: string): string[] {
  return load().cut(text, true);
}

/** Where jieba's own words begin and end in a text, for the term scan of `tokenizeWithTerms`. */
export interface WordBoundaries {
  /** Does one of jieba's words start or end at `offset` (or may a term end there: inside a guessed word)? */
  has(offset: number): boolean;
  /** jieba's word (with its tag) starting at `offset`, if any. */
  wordStartingAt(offset: number): Token | undefined;
  /** jieba's word that starts before `offset` and ends after it, if any. */
  wordCovering(offset: number): Token | undefined;
}

/**
 * `tokens` with each word jieba guessed (x, or nr: 由云杉) by gluing a preposition to the unknown name after it
 * (由青禾, 据星澜) parted in two: the preposition, then the name; and each guess that glued 任 to the end of
 * one (赵一鸣任) parted into the name and 任. The list itself when there is none.
 */
function partGluedWords(tokens: Token[]): Token[] {
  let parted: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // jieba may also take such a preposition for a surname (由云杉/nr): only one no name starts with.
    const glued = t.tag === 'x' ? GLUED_FRONT[t.word.charCodeAt(0)]! : t.tag === 'nr' && t.word.length >= 3 && GLUED_FRONT[t.word.charCodeAt(0)] === ONLY_FUNCTION ? ONLY_FUNCTION : 0;
    const split = glued > 0 && (t.word.length >= 3 || (t.word.length === 2 && glued === ONLY_FUNCTION)) && isHanUnit(t.word.charCodeAt(1));
    // 赵一鸣任|集团总经理: a guess that glued the verb 任 (takes the post) to the end of an unknown name.
    const postAfter = !split && t.tag === 'x' && (t.word.length === 3 || t.word.length === 4) && t.word.endsWith('任') && /^\p{Script=Han}+$/u.test(t.word);
    if (split) {
      parted ??= tokens.slice(0, i);
      const rest = t.word.slice(1);
      parted.push({ word: t.word[0]!, tag: posTag(t.word[0]!), start: t.start, end: t.start + 1 });
      parted.push({ word: rest, tag: posTag(rest), start: t.start + 1, end: t.end });
    } else if (postAfter) {
      parted ??= tokens.slice(0, i);
      const name = t.word.slice(0, -1);
      parted.push({ word: name, tag: posTag(name), start: t.start, end: t.end - 1 });
      parted.push({ word: '任', tag: posTag('任'), start: t.end - 1, end: t.end });
    } else parted?.push(t);
  }
  return parted ?? tokens;
}

/**
 * Tokenises with dictionary terms protected, tagging the text once: jieba's own tokens are kept between
 * the terms wherever they line up with them, and only a stretch where a term cuts one of jieba's words
 * (办公|室主任 against the term 办公室) is tagged again on its own.
 */
export function tokenizeWithTerms(text: string, scan: (text: string, boundaries: WordBoundaries) => { start: number; end: number; tag: string }[]): Token[] {
  const base = partGluedWords(tokenize(text));
  // Flags over the text's offsets rather than a Set: one entry per token edge made the Set a visible cost.
  const isBoundary = new Uint8Array(text.length + 1);
  // 1 + the index of jieba's word starting at an offset (0: none).
  const wordStarting = new Int32Array(text.length + 1);
  isBoundary[0] = isBoundary[text.length] = 1;
  for (let i = 0; i < base.length; i++) {
    const t = base[i]!;
    isBoundary[t.start] = isBoundary[t.end] = 1;
    wordStarting[t.start] = i + 1;
    // A word jieba guessed (x: 长奥卢) is no evidence against a dictionary term: every offset inside it may bound one.
    if (t.tag === 'x') for (let j = t.start + 1; j < t.end; j++) isBoundary[j] = 1;
  }
  const wordStartingAt = (offset: number) => (offset >= 0 && offset <= text.length && wordStarting[offset]! > 0 ? base[wordStarting[offset]! - 1] : undefined);
  const boundaries: WordBoundaries = {
    has: (offset) => isBoundary[offset] === 1,
    wordStartingAt,
    wordCovering: (offset) => {
      for (let at = offset - 1; at >= 0 && at >= offset - 8; at--) {
        const word = wordStartingAt(at);
        if (word) return word.end > offset ? word : undefined;
      }
      return undefined;
    },
  };
  const tokens: Token[] = [];
  let k = 0;
  // Fills [a, b) with jieba's tokens where they fit inside it, and tags again only the pieces that do
  // not (the rest of a word a term cut into).
  const gap = (a: number, b: number) => {
    let pos = a;
    while (k < base.length && base[k]!.end <= a) k++;
    while (pos < b) {
      const t = base[k];
      if (t && t.start === pos && t.end <= b) { tokens.push(t); pos = t.end; k++; continue; }
      let next = k;
      while (next < base.length && base[next]!.start < pos) next++;
      const stop = next < base.length && base[next]!.start < b && base[next]!.end <= b ? base[next]!.start : b;
      for (const piece of partGluedWords(tokenize(text.slice(pos, stop), pos))) tokens.push(piece);
      pos = stop;
      k = next;
    }
  };
  let at = 0;
  const terms = scan(text, boundaries);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    gap(at, term.start);
    tokens.push({ word: text.slice(term.start, term.end), tag: term.tag, start: term.start, end: term.end });
    at = term.end;
  }
  gap(at, text.length);
  return tokens;
}
