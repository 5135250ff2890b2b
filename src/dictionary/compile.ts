import type { DictionaryData, OrganizationEntry, PlaceEntry } from './schema.js';
import { Trie } from './trie.js';
import { TransitionTable } from './transitions.js';
import { GIVEN_CHAR_TAGS, GIVEN_NAME_TAGS } from '../segment/name-tags.js';
import { WordSet } from './word-set.js';

export interface CueInfo { cue: string; subtype: string }

/** A dictionary made ready for matching: lookup tables and one trie over every surface form. */
export interface CompiledDictionary {
  data: DictionaryData;
  /** Organization by canonical name, alias (lower-cased for Latin). */
  organizationBySurface: Map<string, OrganizationEntry>;
  organizationByName: Map<string, OrganizationEntry>;
  /** Ambiguous short forms → candidate organizations (resolved by document context). */
  shortForms: Map<string, OrganizationEntry[]>;
  titleKind: Map<string, string>;
  /** Titles, longest first. */
  titles: string[];
  workCues: Map<string, string>;
  agreementCues: Map<string, string>;
  documentCues: Map<string, string>;
  eventCues: Map<string, string>;
  organizationSuffixes: Map<string, string>;
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  notNames: Set<string>;
  generic: Set<string>;
  roles: Set<string>;
  nameStopWords: Set<string>;
  predicates: Set<string>;
  transliteration: Set<string>;
  /** One pattern per relation type matching its verbs, longest first. */
  relationVerbs: Map<string, RegExp>;
  places: Map<string, PlaceEntry>;
  /** Countries by the one character that stands for them in compounds (美 → 美国). */
  countryByAbbreviation: Map<string, PlaceEntry>;
  /** One trie over organization surfaces, titles, places: `kind` says which table a hit belongs to. */
  trie: Trie<SurfaceHit>;
  /** Chinese terms the tokenizer must keep whole, with the part-of-speech tag to give them. */
  segmentationTrie: Trie<string>;
}

export type SurfaceKind = 'organization' | 'shortForm' | 'title' | 'place';
export interface SurfaceHit { kind: SurfaceKind; surface: string }

export const normalizeSurface = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function cueMap(list: CueInfo[]): Map<string, string> {
  return new Map(list.map((c) => [c.cue, c.subtype]));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching any of `words`, the longest first (联合出品 before 出品); matches nothing when empty. */
function alternation(words: string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(sorted.length ? sorted.join('|') : '(?!)', 'gu');
}

/** Compiles dictionary data once; the result is immutable and can be shared between extractors. */
export function compileDictionary(data: DictionaryData): CompiledDictionary {
  const organizationBySurface = new Map<string, OrganizationEntry>();
  const organizationByName = new Map<string, OrganizationEntry>();
  const shortForms = new Map<string, OrganizationEntry[]>();
  const trie = new Trie<SurfaceHit>();
  for (const org of data.organizations) {
    organizationByName.set(org.name, org);
    for (const surface of [org.name, ...org.aliases]) {
      const key = normalizeSurface(surface);
      if (!organizationBySurface.has(key)) organizationBySurface.set(key, org);
      trie.add(key, { kind: 'organization', surface: key });
    }
    for (const s of org.shortForms) {
      const key = normalizeSurface(s);
      shortForms.set(key, [...(shortForms.get(key) ?? []), org]);
      trie.add(key, { kind: 'shortForm', surface: key });
    }
  }
  const titleKind = new Map(data.titles.map((t) => [t.title, t.kind]));
  for (const t of titleKind.keys()) trie.add(normalizeSurface(t), { kind: 'title', surface: t });
  const places = new Map(data.places.map((p) => [p.name, p]));
  for (const p of places.keys()) trie.add(p, { kind: 'place', surface: p });
  const segmentationTrie = new Trie<string>();
  const han = /^\p{Script=Han}{2,}$/u;
  for (const org of data.organizations) for (const s of [org.name, ...org.aliases]) if (han.test(s)) segmentationTrie.add(s, 'nt');
  for (const t of titleKind.keys()) if (han.test(t)) segmentationTrie.add(t, 'n');
  for (const list of [data.organizationSuffixes, data.eventCues, data.documentCues, data.agreementCues]) {
    for (const c of list) if (han.test(c.cue) && c.cue.length >= 3) segmentationTrie.add(c.cue, 'n');
  }
  for (const w of data.vocabulary) if (han.test(w)) segmentationTrie.add(w, 'n');
  for (const w of data.roles) if (han.test(w)) segmentationTrie.add(w, 'n');
  const surnames = new Set(data.surnames.filter((s) => s.length === 1));
  const compoundSurnames = new Set(data.surnames.filter((s) => s.length > 1));
  return {
    data,
    organizationBySurface,
    organizationByName,
    shortForms,
    titleKind,
    titles: [...titleKind.keys()].sort((a, b) => b.length - a.length),
    workCues: cueMap(data.workCues),
    agreementCues: cueMap(data.agreementCues),
    documentCues: cueMap(data.documentCues),
    eventCues: cueMap(data.eventCues),
    organizationSuffixes: cueMap(data.organizationSuffixes),
    surnames,
    compoundSurnames,
    notNames: new Set(data.notNames),
    generic: new Set(data.generic),
    roles: new WordSet(data.roles),
    nameStopWords: new Set(data.nameStopWords),
    predicates: new Set(data.predicates),
    transliteration: new Set(data.transliterationChars),
    relationVerbs: new Map(Object.entries(data.relationVerbs).map(([type, verbs]) => [type, alternation(verbs ?? [])])),
    places,
    countryByAbbreviation: new Map(data.places.filter((p) => p.abbreviation).map((p) => [p.abbreviation!, p])),
    trie,
    segmentationTrie,
  };
}

/** A trie over the keys of a map read backwards; node 0 is the root, `keyAt[node]` the key ending there. */
interface SuffixTrie { edges: TransitionTable; keyAt: (string | undefined)[]; lastUnits: Uint8Array }
const suffixTries = new WeakMap<Map<string, string>, SuffixTrie>();

/** The reversed trie of `map`'s keys, built once per map. */
function suffixTrie(map: Map<string, string>): SuffixTrie {
  let trie = suffixTries.get(map);
  if (trie) return trie;
  trie = { edges: new TransitionTable(map.size * 3), keyAt: [undefined], lastUnits: new Uint8Array(0x10000) };
  for (const key of map.keys()) {
    if (key.length > 0) trie.lastUnits[key.charCodeAt(key.length - 1)] = 1;
    let node = 0;
    for (let i = key.length - 1; i >= 0; i--) node = trie.edges.childOrAdd(node, key.charCodeAt(i), trie.keyAt);
    trie.keyAt[node] = key;
  }
  suffixTries.set(map, trie);
  return trie;
}

/**
 * Finds the longest key of `map` that `text` ends with (cue and suffix lookups), walking back from
 * the end of `text` through a reversed trie: no substring is built. `end` defaults to the text's end.
 */
export function longestSuffix(text: string, map: Map<string, string>, maxLength = 8, end = text.length): { cue: string; value: string } | undefined {
  const { edges, keyAt, lastUnits } = suffixTrie(map);
  // Most calls are at the end of a word that ends no key: one flag read answers them.
  if (end < 1 || lastUnits[text.charCodeAt(end - 1)] !== 1) return undefined;
  let node = 0;
  let best: string | undefined;
  for (let i = end - 1; i >= 0 && end - i <= maxLength; i--) {
    node = edges.get(node, text.charCodeAt(i));
    if (node < 0) break;
    best = keyAt[node] ?? best;
  }
  return best === undefined ? undefined : { cue: best, value: map.get(best)! };
}

/** Whether text[start, end) contains a space (without slicing it out). */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20) return true;
  return false;
}

const LOCALISERS = new Set([...'上中里内后前时间']);

/** Where the tokenizer's words begin and end (its `WordBoundaries`): the scan reads no more than this. */
interface ScanBoundaries {
  has(offset: number): boolean;
  wordStartingAt?(offset: number): { word: string; tag: string } | undefined;
  wordCovering?(offset: number): { start: number; end: number } | undefined;
}

/**
 * 有限公司|出品: jieba sometimes glues the end of a term to the predicate after it (公司出品). The term may
 * end inside such a word when the rest of it is a predicate or a word that ends a name.
 */
function predicateGlued(dict: CompiledDictionary, text: string, at: number, boundaries: ScanBoundaries): boolean {
  const word = boundaries.wordCovering?.(at);
  if (!word || word.end - at < 2) return false;
  const rest = text.slice(at, word.end);
  return dict.predicates.has(rest) || dict.nameStopWords.has(rest);
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * 局长|江涛, 总工程师|范晓东: jieba glues a title's last character to the surname after it (长江, 师范)
 * and the title would cut that word. It may, when the glued word ends with the surname and jieba's next
 * word is a given name (see name-tags.ts). 武汉市长江大桥 (the glued word goes on past 江) and
 * 交通运输部长江航务管理局 (航务 is a common word) stay whole.
 */
function surnameAfterTitle(dict: CompiledDictionary, text: string, at: number, boundaries: ScanBoundaries): boolean {
  if (!dict.surnames.has(text[at] ?? '') || boundaries.has(at) || !boundaries.has(at + 1)) return false;
  const given = boundaries.wordStartingAt?.(at + 1);
  if (given === undefined || given.word.length > 2 || !HAN.test(given.word)) return false;
  if ((given.word.length === 1 ? GIVEN_CHAR_TAGS : GIVEN_NAME_TAGS).has(given.tag)) return true;
  // 局长|江海波主持: a given name that is also a common word (海波) when the person acts right after it.
  const end = at + 1 + given.word.length;
  return GIVEN_CHAR_TAGS.has(given.tag) && dict.predicates.has(text.slice(end, end + 2));
}

/** Protected terms of `text` for the tokenizer: the longest segmentation-trie match at each position, left to right. */
export function scanTerms(dict: CompiledDictionary, text: string, boundaries?: ScanBoundaries): { start: number; end: number; tag: string }[] {
  const spans: { start: number; end: number; tag: string }[] = [];
  // A term may cut a general word only where another term takes over (辽宁省委|常委, 办公室|主任), never
  // where plain text goes on (中国网|络 is 中国网络).
  const fits = (at: number, termBefore: boolean) => !boundaries || boundaries.has(at) || termBefore
    || dict.segmentationTrie.longestAt(text, at) !== undefined
    // 研讨会|上: jieba's 会上 gives way when all that is left is a localiser.
    || (LOCALISERS.has(text[at] ?? '') && boundaries.has(at + 1))
    || predicateGlued(dict, text, at, boundaries);
  const titleEnds = (m: { start: number; end: number }) => boundaries !== undefined && dict.titleKind.has(text.slice(m.start, m.end)) && surnameAfterTitle(dict, text, m.end, boundaries);
  let i = 0;
  let lastEnd = -1;
  while (i < text.length) {
    const options = dict.segmentationTrie.matchesAt(text, i);
    let taken = false;
    for (let k = options.length - 1; k >= 0; k--) {
      const m = options[k]!;
      if (hasSpace(text, m.start, m.end)) continue;
      if (!fits(m.start, lastEnd === m.start) || !(fits(m.end, false) || titleEnds(m))) continue;
      spans.push({ start: m.start, end: m.end, tag: m.values[0]! });
      i = lastEnd = m.end;
      taken = true;
      break;
    }
    if (!taken) i++;
  }
  return spans;
}
