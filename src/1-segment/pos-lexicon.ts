import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Word → part-of-speech tag exactly as `nodejieba.tag` gives it, so that the tokenizer can call the
 * much cheaper `cut(text, true)` (tag runs that same cut, then builds one `{ word, tag }` object per
 * token in the binding) and look the tags up here.
 *
 * cppjieba's PosTagger looks each word up in its dictionary trie: a word found with a non-empty tag
 * gets that tag; any other word gets the "special rule" (no ASCII → x, only ASCII digits → m, else
 * eng). The trie holds jieba.dict.utf8, then the user dictionary, then words inserted at run time,
 * each later entry replacing an earlier one; this lexicon is filled in the same order.
 *
 * Only words added through the tokenizer's `addWords` reach this lexicon: a word another module
 * inserts with `nodejieba.insertWord` directly, or dictionaries loaded with `nodejieba.load(...)`,
 * would be cut by jieba but tagged from the default dictionaries here.
 *
 * Storage: the ~350k words live in an open-addressing hash table in one Int32Array (see SLOT), about
 * 8.5 MB outside the JS heap; a Map<string, number> of the same words takes ~29 MB of heap. Built once
 * per process, on first use (~150 ms).
 */

/** Tags by index; index 0 is the empty tag (a word jieba knows without a tag: special rule). */
const tagNames: string[] = [''];
const tagIndex = new Map<string, number>([['', 0]]);

/**
 * Four Int32 per slot, so that looking up a word (every token of every text) reads one cache line
 * rather than several arrays: [0] the word's UTF-16 units 0 and 1 (low and high half, 0 past its
 * end), [1] units 2 and 3, [2] for a word longer than 4 units, where its units start in `longUnits`,
 * [3] length << 8 | tag index (0: an empty slot).
 */
const SLOT = 4;
let table = new Int32Array(0);
let mask = -1; // slot count - 1
let count = 0; // words stored
let longUnits = new Uint16Array(0); // units of the words longer than 4, one after the other
let longUsed = 0;
let built = false;

/** The tag jieba's `tag()` gives `word` (a word as jieba's `cut` returns it). */
export function posTag(word: string): string {
  // One-unit tokens (punctuation, 的, 在, 和) are a large share of every text: their tags are kept by unit.
  if (word.length === 1) return (oneUnitTags[word.charCodeAt(0)] ??= lookUp(word));
  return lookUp(word);
}

/** Tags of one-unit words already looked up, by UTF-16 unit; emptied whenever a tag changes. */
let oneUnitTags: (string | undefined)[] = new Array(0x10000);

function lookUp(word: string): string {
  build();
  const k = find(word, 0, word.length);
  const tag = k < 0 ? '' : tagNames[table[k * SLOT + 3]! & 0xff]!;
  return tag === '' ? specialRule(word) : tag;
}

/**
 * Records a word added with `nodejieba.insertWord(word, tag)`: it replaces the tag of a word already
 * known, as jieba's trie does. An empty word is ignored, as jieba ignores it.
 */
export function setPosTag(word: string, tag: string): void {
  build();
  if (word.length === 1) oneUnitTags = new Array(0x10000);
  if (word !== '') put(word, 0, word.length, tag);
}

/**
 * cppjieba's PosTagger::SpecialRule for a word not in the dictionary (or there without a tag). It
 * counts ASCII runes only while fewer than half of the word's runes (integer division) are counted,
 * so a one-rune word is always x, and "1a" is m while "a1" is eng.
 */
export function specialRule(word: string): string {
  let runes = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      const d = word.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { runes--; i++; }
    }
  }
  const half = Math.floor(runes / 2);
  let eng = 0;
  let digits = 0;
  // Counting UTF-16 units instead of runes changes nothing: ASCII is never half of a surrogate pair.
  for (let i = 0; i < word.length && eng < half; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      eng++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (eng === 0) return 'x';
  return digits === eng ? 'm' : 'eng';
}

/** Fills the lexicon from the dictionaries nodejieba loads by default, the first time it is needed. */
function build(): void {
  if (built) return;
  const jieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };
  const main = readFileSync(jieba.DEFAULT_DICT, 'utf8');
  // cppjieba splits the user dictionary path at | and ;
  const user = jieba.DEFAULT_USER_DICT.split(/[|;]/).filter((p) => p !== '').map((p) => readFileSync(p, 'utf8'));
  const lines = [main, ...user].reduce((n, text) => n + countLines(text), 0);
  resize(lines);
  longUnits = new Uint16Array(main.length + user.reduce((n, text) => n + text.length, 0));
  readDictionary(main, true);
  for (const text of user) readDictionary(text, false);
  // Give back the room that lines of short words took, keeping some for words added later.
  longUnits = longUnits.slice(0, longUsed + 16384);
  built = true;
}

/**
 * Reads dictionary lines the way cppjieba's DictTrie does (limonp::Split at single spaces: two spaces
 * make an empty field, a space at the end of the line adds none). jieba.dict.utf8 has `word freq tag`;
 * a user dictionary line has `word`, `word tag` or `word freq tag`; other lines add nothing (jieba
 * refuses to load a main dictionary with them, and skips them in a user dictionary).
 */
function readDictionary(text: string, main: boolean): void {
  for (let a = 0; a < text.length;) {
    let lineEnd = text.indexOf('\n', a);
    if (lineEnd < 0) lineEnd = text.length;
    const e = lineEnd > a && text.charCodeAt(lineEnd - 1) === 0x20 ? lineEnd - 1 : lineEnd;
    const s1 = spaceIn(text, a, e);
    const s2 = s1 < 0 ? -1 : spaceIn(text, s1 + 1, e);
    const s3 = s2 < 0 ? -1 : spaceIn(text, s2 + 1, e);
    const fields = s1 < 0 ? 1 : s2 < 0 ? 2 : s3 < 0 ? 3 : 4;
    let tag: string | undefined;
    if (fields === 3) tag = text.slice(s2 + 1, e);
    else if (!main && fields === 1) tag = '';
    else if (!main && fields === 2) tag = text.slice(s1 + 1, e);
    const wordEnd = s1 < 0 ? e : s1;
    // An empty line or an empty word adds nothing (jieba's trie ignores an empty key).
    if (tag !== undefined && wordEnd > a) put(text, a, wordEnd, tag);
    a = lineEnd + 1;
  }
}

/** The first space in [from, end), or -1. */
function spaceIn(text: string, from: number, end: number): number {
  const at = text.indexOf(' ', from);
  return at < 0 || at >= end ? -1 : at;
}

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** Adds text[a, b) with `tag`, or replaces the tag if the word is already there. */
function put(text: string, a: number, b: number, tag: string): void {
  let t = tagIndex.get(tag);
  if (t === undefined) {
    t = tagNames.length;
    if (t > 255) throw new Error(`shiting-kg: jieba dictionaries use more than 255 part-of-speech tags (${tag})`);
    tagNames.push(tag);
    tagIndex.set(tag, t);
  }
  const n = b - a;
  const known = find(text, a, b);
  if (known >= 0) { table[known * SLOT + 3] = (n << 8) | t; return; }
  if ((count + 1) * 4 > (mask + 1) * 3) resize(count + 1);
  const at = emptySlot(hashOfText(text, a, b)) * SLOT;
  table[at] = pair(text, a, b);
  table[at + 1] = pair(text, a + 2, b);
  if (n > 4) {
    if (longUsed + n > longUnits.length) {
      const grown = new Uint16Array(Math.max(1024, (longUsed + n) * 2));
      grown.set(longUnits.subarray(0, longUsed));
      longUnits = grown;
    }
    table[at + 2] = longUsed;
    for (let i = a; i < b; i++) longUnits[longUsed++] = text.charCodeAt(i);
  }
  table[at + 3] = (n << 8) | t;
  count++;
}

/** The slot of the word text[a, b), or -1. */
function find(text: string, a: number, b: number): number {
  const n = b - a;
  const units01 = pair(text, a, b);
  const units23 = pair(text, a + 2, b);
  for (let k = hashOfText(text, a, b) & mask; ; k = (k + 1) & mask) {
    const at = k * SLOT;
    const meta = table[at + 3];
    if (!meta) return -1; // an empty slot (or no table yet)
    if (meta >>> 8 !== n || table[at] !== units01 || table[at + 1] !== units23) continue;
    if (n <= 4 || sameLongUnits(text, a, n, table[at + 2]!)) return k;
  }
}

/** Units i and i + 1 of text[i, end) in one int (0 for a unit at or past `end`). */
function pair(text: string, i: number, end: number): number {
  return (i < end ? text.charCodeAt(i) : 0) | (i + 1 < end ? text.charCodeAt(i + 1) << 16 : 0);
}

function sameLongUnits(text: string, a: number, n: number, from: number): boolean {
  for (let i = 4; i < n; i++) if (longUnits[from + i] !== text.charCodeAt(a + i)) return false;
  return true;
}

/** A table with room for `words` words at most 3/4 full (a power of two of slots), keeping the words. */
function resize(words: number): void {
  let slots = 1024;
  while (slots * 3 < words * 4) slots *= 2;
  const old = table;
  table = new Int32Array(slots * SLOT);
  mask = slots - 1;
  for (let at = 0; at < old.length; at += SLOT) {
    if (old[at + 3] === 0) continue;
    const word = wordIn(old, at);
    table.set(old.subarray(at, at + SLOT), emptySlot(hashOfText(word, 0, word.length)) * SLOT);
  }
}

/** The word stored at `at` of `slots`. */
function wordIn(slots: Int32Array, at: number): string {
  const n = slots[at + 3]! >>> 8;
  let word = '';
  for (let i = 0; i < n; i++) {
    word += String.fromCharCode(n > 4 ? longUnits[slots[at + 2]! + i]! : (slots[at + (i >> 1)]! >>> (16 * (i & 1))) & 0xffff);
  }
  return word;
}

function emptySlot(hash: number): number {
  let k = hash & mask;
  while (table[k * SLOT + 3] !== 0) k = (k + 1) & mask;
  return k;
}

// FNV-1a over UTF-16 units.
function hashOfText(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
