import type { DictionaryData, OrganizationEntry, PlaceEntry } from './schema.js';
import { Trie } from './trie.js';
import { TransitionTable } from './transitions.js';
import { compileLists, type CompiledLists } from './lists.js';
import { composePatterns, type ComposedPatterns } from './patterns.js';

export interface CueInfo { cue: string; subtype: string }

/**
 * A dictionary made ready for matching: lookup tables and one trie over every surface form. Besides the
 * fields below, it has one field per row of LISTS (lists.ts), typed by the row's kind, and the
 * composed patterns (patterns.ts).
 */
export interface CompiledDictionary extends CompiledLists, ComposedPatterns {
  data: DictionaryData;
  /** Organization by canonical name, alias (lower-cased for Latin): the one in force today when several bodies share a surface. */
  organizationBySurface: Map<string, OrganizationEntry>;
  /** Every organization a surface names, in dictionary order (广电总局: the bodies of 1998–2013, 2013–2018 and today). */
  organizationsBySurface: Map<string, OrganizationEntry[]>;
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
  /** The strong event cues (大会, 论坛, 节): they name an event by themselves. */
  strongEventCues: Map<string, string>;
  organizationSuffixes: Map<string, string>;
  surnames: Set<string>;
  compoundSurnames: Set<string>;
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

type OrganizationTables = Pick<CompiledDictionary, 'organizationBySurface' | 'organizationsBySurface' | 'organizationByName' | 'shortForms'>;

/**
 * Organizations by surface, by name and by short form, each surface added to `trie` once. A surface
 * several bodies share (广电总局 named three regulators in turn) reads as the body in force today
 * (no `to`) when no date says otherwise; 3-resolve picks by the document's date.
 */
function compileOrganizations(data: DictionaryData, trie: Trie<SurfaceHit>): OrganizationTables {
  const organizationBySurface = new Map<string, OrganizationEntry>();
  const organizationsBySurface = new Map<string, OrganizationEntry[]>();
  const organizationByName = new Map<string, OrganizationEntry>();
  const shortForms = new Map<string, OrganizationEntry[]>();
  for (const org of data.organizations) {
    organizationByName.set(org.name, org);
    for (const surface of [org.name, ...org.aliases]) {
      const key = normalizeSurface(surface);
      const known = organizationBySurface.get(key);
      if (known === undefined) trie.add(key, { kind: 'organization', surface: key });
      if (known === undefined || (known.to !== undefined && org.to === undefined)) organizationBySurface.set(key, org);
      const all = organizationsBySurface.get(key);
      if (all === undefined) organizationsBySurface.set(key, [org]); else if (!all.includes(org)) all.push(org);
    }
    for (const s of org.shortForms) {
      const key = normalizeSurface(s);
      const known = shortForms.get(key);
      if (known === undefined) trie.add(key, { kind: 'shortForm', surface: key });
      shortForms.set(key, [...(known ?? []), org]);
    }
  }
  return { organizationBySurface, organizationsBySurface, organizationByName, shortForms };
}

/** The Chinese terms jieba must keep whole: organizations (nt), titles, long cues, vocabulary and roles (n). */
function compileSegmentationTrie(data: DictionaryData, titles: Iterable<string>): Trie<string> {
  const segmentationTrie = new Trie<string>();
  const han = /^\p{Script=Han}{2,}$/u;
  for (const org of data.organizations) for (const s of [org.name, ...org.aliases]) if (han.test(s)) segmentationTrie.add(s, 'nt');
  for (const t of titles) if (han.test(t)) segmentationTrie.add(t, 'n');
  for (const list of [data.organizationSuffixes, data.eventCues, data.documentCues, data.agreementCues]) {
    for (const c of list) if (han.test(c.cue) && c.cue.length >= 3) segmentationTrie.add(c.cue, 'n');
  }
  for (const w of data.vocabulary) if (han.test(w)) segmentationTrie.add(w, 'n');
  for (const w of data.roles) if (han.test(w)) segmentationTrie.add(w, 'n');
  return segmentationTrie;
}

type CueTables = Pick<CompiledDictionary, 'workCues' | 'agreementCues' | 'documentCues' | 'eventCues' | 'strongEventCues' | 'organizationSuffixes'>;

/** Each cue list as a map from cue to subtype. */
function compileCues(data: DictionaryData): CueTables {
  return {
    workCues: cueMap(data.workCues),
    agreementCues: cueMap(data.agreementCues),
    documentCues: cueMap(data.documentCues),
    eventCues: cueMap(data.eventCues),
    strongEventCues: cueMap(data.eventCues.filter((c) => c.strong)),
    organizationSuffixes: cueMap(data.organizationSuffixes),
  };
}

/** Compiles dictionary data once; the result is immutable and can be shared between extractors. */
export function compileDictionary(data: DictionaryData): CompiledDictionary {
  const trie = new Trie<SurfaceHit>();
  const organizations = compileOrganizations(data, trie);
  const titleKind = new Map(data.titles.map((t) => [t.title, t.kind]));
  for (const t of titleKind.keys()) trie.add(normalizeSurface(t), { kind: 'title', surface: t });
  const places = new Map(data.places.map((p) => [p.name, p]));
  for (const p of places.keys()) trie.add(p, { kind: 'place', surface: p });
  const segmentationTrie = compileSegmentationTrie(data, titleKind.keys());
  return {
    ...compileLists(data),
    ...composePatterns(data),
    data,
    ...organizations,
    titleKind,
    titles: [...titleKind.keys()].sort((a, b) => b.length - a.length),
    ...compileCues(data),
    surnames: new Set(data.surnames.filter((s) => s.length === 1)),
    compoundSurnames: new Set(data.surnames.filter((s) => s.length > 1)),
    places,
    countryByAbbreviation: new Map(data.places.filter((p) => p.abbreviation).map((p) => [p.abbreviation!, p])),
    trie,
    segmentationTrie,
    // Lists compiled the old way go here.
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
 * the end of `text` through a reversed trie: no substring is built. `end` defaults to the text's end;
 * a key found lies within `floor`…`end`.
 */
export function longestSuffix(text: string, map: Map<string, string>, maxLength = 8, end = text.length, floor = 0): { cue: string; value: string } | undefined {
  const { edges, keyAt, lastUnits } = suffixTrie(map);
  // Most calls are at the end of a word that ends no key: one flag read answers them.
  if (end < 1 || lastUnits[text.charCodeAt(end - 1)] !== 1) return undefined;
  let node = 0;
  let best: string | undefined;
  for (let i = end - 1; i >= floor && end - i <= maxLength; i--) {
    node = edges.get(node, text.charCodeAt(i));
    if (node < 0) break;
    best = keyAt[node] ?? best;
  }
  return best === undefined ? undefined : { cue: best, value: map.get(best)! };
}
