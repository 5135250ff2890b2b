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
 * Storage: ~350k words live in an open-addressing hash table over typed arrays (the words' UTF-16
 * units in one Uint16Array, a tag index per word), about 8 MB; a Map<string, number> holding the same
 * words takes ~29 MB of heap and twice as long to build. Built once per process, on first use.
 */

/** Tags by index; index 0 is the empty tag (a word jieba knows without a tag: special rule). */
const tagNames: string[] = [''];
const tagIndex = new Map<string, number>([['', 0]]);

let chars = new Uint16Array(0); // every word's UTF-16 units, one after the other
let starts = new Uint32Array(1); // word i is chars[starts[i], starts[i + 1])
let tags = new Uint8Array(0); // word i's tag is tagNames[tags[i]]
let slots = new Int32Array(0); // hash slot → word index + 1 (0: empty)
let words = 0;
let used = 0; // chars filled
let built = false;

/** The tag jieba's `tag()` gives `word` (a word as jieba's `cut` returns it). */
export function posTag(word: string): string {
  build();
  const i = find(word, 0, word.length);
  const tag = i < 0 ? '' : tagNames[tags[i]!]!;
  return tag === '' ? specialRule(word) : tag;
}

/**
 * Records a word added with `nodejieba.insertWord(word, tag)`: it replaces the tag of a word already
 * known, as jieba's trie does. An empty word is ignored, as jieba ignores it.
 */
export function setPosTag(word: string, tag: string): void {
  build();
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
  built = true;
  const jieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };
  const main = readFileSync(jieba.DEFAULT_DICT, 'utf8');
  // cppjieba splits the user dictionary path at | and ;
  const user = jieba.DEFAULT_USER_DICT.split(/[|;]/).filter((p) => p !== '').map((p) => readFileSync(p, 'utf8'));
  const lines = [main, ...user].reduce((n, text) => n + countLines(text), 0);
  allocate(lines, main.length + user.reduce((n, text) => n + text.length, 0));
  readDictionary(main, true);
  for (const text of user) readDictionary(text, false);
  // Give back the room the frequencies and tags took, keeping some for words added later.
  chars = chars.slice(0, used + 65536);
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

/**
 * Room for at least `capacity` words and `units` UTF-16 units; keeps the words there are. The hash
 * table is a power of two at least twice the word capacity, and the word arrays use all the room the
 * table allows, so that the words an extractor adds later rarely make it grow.
 */
function allocate(capacity: number, units: number): void {
  let size = 1024;
  while (size < capacity * 2) size *= 2;
  const oldChars = chars.subarray(0, used);
  const oldStarts = starts.subarray(0, words + 1);
  const oldTags = tags.subarray(0, words);
  chars = new Uint16Array(units);
  chars.set(oldChars);
  starts = new Uint32Array(size / 2 + 1);
  starts.set(oldStarts);
  tags = new Uint8Array(size / 2);
  tags.set(oldTags);
  slots = new Int32Array(size);
  for (let i = 0; i < words; i++) slots[emptySlot(hashOf(chars, starts[i]!, starts[i + 1]!))] = i + 1;
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
  const known = find(text, a, b);
  if (known >= 0) { tags[known] = t; return; }
  if (words >= tags.length) allocate(words * 2, chars.length);
  if (used + (b - a) > chars.length) allocate(tags.length, (used + b - a) * 2);
  for (let i = a; i < b; i++) chars[used++] = text.charCodeAt(i);
  tags[words] = t;
  starts[words + 1] = used;
  slots[emptySlot(hashOfText(text, a, b))] = words + 1;
  words++;
}

/** The index of the word text[a, b), or -1. */
function find(text: string, a: number, b: number): number {
  if (slots.length === 0) return -1;
  const mask = slots.length - 1;
  const n = b - a;
  for (let s = hashOfText(text, a, b) & mask; ; s = (s + 1) & mask) {
    const w = slots[s]! - 1;
    if (w < 0) return -1;
    const from = starts[w]!;
    if (starts[w + 1]! - from !== n) continue;
    let i = 0;
    while (i < n && chars[from + i] === text.charCodeAt(a + i)) i++;
    if (i === n) return w;
  }
}

function emptySlot(hash: number): number {
  const mask = slots.length - 1;
  let s = hash & mask;
  while (slots[s] !== 0) s = (s + 1) & mask;
  return s;
}

// FNV-1a over UTF-16 units: the same hash for a word in a string and in `chars`.
function hashOfText(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hashOf(units: Uint16Array, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  return h >>> 0;
}
