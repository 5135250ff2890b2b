import type { DictionaryData, OrganizationEntry, PlaceEntry } from './schema.js';
import { Trie } from './trie.js';
import { TransitionTable } from './transitions.js';
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
  /** The strong event cues (大会, 论坛, 节): they name an event by themselves. */
  strongEventCues: Map<string, string>;
  organizationSuffixes: Map<string, string>;
  /** Organization endings that may name a unit inside an organization (部, 办公室). */
  unitSuffixes: Set<string>;
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  notNames: Set<string>;
  generic: Set<string>;
  roles: Set<string>;
  nameStopWords: Set<string>;
  predicates: Set<string>;
  transliteration: Set<string>;
  /** Given-name characters that jieba tags as verbs (立, 亮). */
  givenNameVerbChars: Set<string>;
  givenNameTimeChars: Set<string>;
  /** What follows a country in its formal name (人民民主共和国 of 老挝人民民主共和国), the whole string; not global. */
  stateTail: RegExp;
  /** The same tail anywhere in a name, to read 科特迪瓦共和国通讯部 as 科特迪瓦通讯部; global. */
  stateTailInside: RegExp;
  /** The verbs that credit a person with a part in a work (出品, 监制), longest first. */
  creditVerbs: RegExp;
  /** An appointment predicate after a name (X任…, X同志兼任…, X曾任…), longest first; not global. */
  appointment: RegExp;
  /** A predicate of a post held no longer (曾任, 卸任); not global. */
  formerPost: RegExp;
  /** A predicate of appointing before a name (任命, 聘任); not global. */
  appointing: RegExp;
  /** One adverb or date that may stand between a name and its appointment predicate (已, 正式, 于2019年); not global. */
  appointmentGap: RegExp;
  /** A predicate of acting in a capacity (作为, 身为); not global. */
  capacity: RegExp;
  /** A predicate of joining an organization (加入, 加盟); not global. */
  joining: RegExp;
  /** One pattern per relation type matching its verbs, longest first. */
  relationVerbs: Map<string, RegExp>;
  /** A word of a match report anywhere in a string (see the grammar's sportsContext); not global. */
  sportsContext: RegExp;
  /** One of the surest such words (sportsStrongContext); not global. */
  sportsStrongContext: RegExp;
  /** A word that makes a transliterated name beside it a team (teamContext); not global. */
  teamContext: RegExp;
  /** A string ending in a word that comes before a club's name (击败); not global. */
  teamWordBefore: RegExp;
  /** A string starting with a word that comes after a club's name (主场); not global. */
  teamWordAfter: RegExp;
  notTeamSides: Set<string>;
  /** Context words of Latin-script names (the grammar's latin… lists): …Before match at the end of a string, …After at its start; not global. */
  latinOrganizationWordBefore: RegExp;
  /** bodyWordsAfter at the start of a string; not global. */
  bodyWordAfter: RegExp;
  /** sourceVerbs at the start of a string; not global. */
  sourceVerb: RegExp;
  latinOrganizationWordAfter: RegExp;
  latinPersonWordBefore: RegExp;
  latinPersonWordAfter: RegExp;
  /** All that stands between an organization and the clause it announces: ，/：after an announcement verb, an adverb or a time before it (近日宣布，); not global. */
  announces: RegExp;
  /** All that stands between a platform and the title of a work it alone carries: an exclusive word, then 剧 or a work cue (独播剧, 自制综艺); not global. */
  exclusiveTitle: RegExp;
  /** A word of a plot synopsis anywhere in a string; not global. */
  synopsis: RegExp;
  /** A string ending in a verb that issues a document (印发, 出台了); not global. */
  documentVerbBefore: RegExp;
  /** A string starting with a verb that issues or enforces a document ((正式)实施); not global. */
  documentVerbAfter: RegExp;
  /** A word that makes a 计划 a policy (扶持, 规划) anywhere in a string; not global. */
  policyPlan: RegExp;
  /** A string opening with a modifier that makes a name generic (各, 有关, 该); not global. */
  genericModifier: RegExp;
  /** Nouns that make an organization ending part of a longer noun (产业, 行业). */
  fieldNouns: Set<string>;
  /** A string opening with a level of place (省, 市, 自治区) that is not its party committee (省委); not global. */
  ownPlaceLevel: RegExp;
  /** A year (2024年) or an edition (第十届) at the start of a string: what varies between mentions of one event; not global. */
  leadingYearOrEdition: RegExp;
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

/** A date news puts between a name and a predicate: 于2019年, 自2020年3月起, 2018年. */
const DATE_BEFORE_PREDICATE = '(?:于|自|从|在)?\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:起|以来)?';

/** A pattern matching any of `words`, the longest first (联合出品 before 出品); matches nothing when empty. */
function alternation(words: string[], flags = 'gu', prefix = '', suffix = ''): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`${prefix}(?:${sorted.length ? sorted.join('|') : '(?!)'})${suffix}`, flags);
}

/** `chars` as the inside of a character class. */
const classChars = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/** Qualifiers, then the form of state: (?:人民|民主…)*(?:共和国|王国…); matches nothing without forms. */
function stateTailPattern(data: DictionaryData): string {
  const qualifiers = alternation(data.stateQualifiers, 'u').source;
  return `${data.stateQualifiers.length ? `${qualifiers}*` : ''}${alternation(data.stateForms, 'u').source}`;
}

/** Compiles dictionary data once; the result is immutable and can be shared between extractors. */
export function compileDictionary(data: DictionaryData): CompiledDictionary {
  const stateTail = stateTailPattern(data);
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
    strongEventCues: cueMap(data.eventCues.filter((c) => c.strong)),
    organizationSuffixes: cueMap(data.organizationSuffixes),
    unitSuffixes: new Set(data.unitSuffixes),
    surnames,
    compoundSurnames,
    notNames: new Set(data.notNames),
    generic: new Set(data.generic),
    roles: new WordSet(data.roles),
    nameStopWords: new Set(data.nameStopWords),
    predicates: new Set(data.predicates),
    transliteration: new Set(data.transliterationChars),
    givenNameVerbChars: new Set(data.givenNameVerbChars),
    givenNameTimeChars: new Set(data.givenNameTimeChars),
    stateTail: new RegExp(`^${stateTail}$`, 'u'),
    stateTailInside: new RegExp(stateTail, 'gu'),
    creditVerbs: alternation(data.creditVerbs),
    appointment: alternation(data.appointmentVerbs, 'u', '(?:同志)?'),
    formerPost: alternation(data.formerPostVerbs, 'u'),
    appointing: alternation(data.appointingVerbs, 'u'),
    appointmentGap: alternation(data.appointmentAdverbs, 'u', `(?:${DATE_BEFORE_PREDICATE}|`, ')'),
    capacity: alternation(data.capacityVerbs, 'u'),
    joining: alternation(data.joiningVerbs, 'u'),
    relationVerbs: new Map(Object.entries(data.relationVerbs).map(([type, verbs]) => [type, alternation(verbs ?? [])])),
    sportsContext: alternation(data.sportsContext, 'u'),
    sportsStrongContext: alternation(data.sportsStrongContext, 'u'),
    teamContext: alternation(data.teamContext, 'u'),
    teamWordBefore: alternation(data.teamWordsBefore, 'u', '', '$'),
    teamWordAfter: alternation(data.teamWordsAfter, 'u', '^'),
    notTeamSides: new Set(data.notTeamSides),
    latinOrganizationWordBefore: alternation(data.latinOrganizationWordsBefore, 'u', '', '$'),
    bodyWordAfter: alternation(data.bodyWordsAfter, 'u', '^'),
    sourceVerb: alternation(data.sourceVerbs, 'u', '^'),
    latinOrganizationWordAfter: alternation(data.latinOrganizationWordsAfter, 'u', '^'),
    latinPersonWordBefore: alternation(data.latinPersonWordsBefore, 'u', '', '$'),
    latinPersonWordAfter: alternation(data.latinPersonWordsAfter, 'u', '^'),
    announces: alternation(data.announcementVerbs, 'u', '^(?:近日|日前|今天|今日|昨天|昨日|正式|也|还)?', '[，,：:]$'),
    exclusiveTitle: alternation(data.exclusiveWords, 'u', '^', `(?:剧|${data.workCues.map((c) => escapeRegExp(c.cue)).join('|') || '(?!)'})?$`),
    synopsis: alternation(data.synopsisWords, 'u'),
    documentVerbBefore: alternation(data.documentVerbsBefore, 'u', '', '了?$'),
    documentVerbAfter: alternation(data.documentVerbsAfter, 'u', '^(?:正式)?'),
    policyPlan: alternation(data.policyPlanWords, 'u'),
    genericModifier: alternation(data.genericModifiers, 'u', '^'),
    fieldNouns: new Set(data.fieldNouns),
    // 省委 is the province's party committee, not a body of the province's own level.
    ownPlaceLevel: alternation(data.placeLevels, 'u', '^', '(?!委)'),
    leadingYearOrEdition: new RegExp(`^(?:\\d{4}年?|第[${classChars(data.editionNumerals)}\\d]+届)`, 'u'),
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
