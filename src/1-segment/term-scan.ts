/**
 * The tokenizer's term scan: where the dictionary's terms (organizations, titles, cues) are protected as
 * single tokens, and where such a term may cut a word jieba made.
 */
import { longestSuffix, type CompiledDictionary } from '../dictionary/compile.js';
import { GIVEN_CHAR_TAGS, GIVEN_NAME_TAGS } from './name-tags.js';
import type { WordBoundaries } from './tokenizer.js';

/** Whether text[start, end) contains a space (without slicing it out). */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20) return true;
  return false;
}

const LOCALISERS = new Set([...'上中里内后前时间']);

/**
 * 有限公司|出品: jieba sometimes glues the end of a term to the predicate after it (公司出品). The term may
 * end inside such a word when the rest of it is a predicate or a word that ends a name.
 */
function predicateGlued(dict: CompiledDictionary, text: string, at: number, boundaries: WordBoundaries): boolean {
  const word = boundaries.wordCovering(at);
  if (!word || word.end - at < 2) return false;
  const rest = text.slice(at, word.end);
  return dict.predicates.has(rest) || dict.nameStopWords.has(rest);
}

/**
 * 公安部|经济犯罪侦查局: jieba knows some units whole, named with their parent (one word, tag n). The
 * parent's term may cut such a word when the rest of it is a unit: it ends with an organization ending.
 */
function unitGlued(dict: CompiledDictionary, text: string, at: number, boundaries: WordBoundaries): boolean {
  const word = boundaries.wordCovering(at);
  if (!word || word.end - at < 3) return false;
  const ending = longestSuffix(text, dict.organizationSuffixes, 8, word.end);
  return ending !== undefined && word.end - at > ending.cue.length;
}

const HAN = /^\p{Script=Han}+$/u;
/** A given name jieba reads as a verb (启明, 建新): only with the person acting right after it. */
const GIVEN_VERB_TAGS = new Set(['v', 'vn']);

/**
 * 局长|江涛, 总工程师|范晓东: jieba glues a title's last character to the surname after it (长江, 师范)
 * and the title would cut that word. It may, when the glued word ends with the surname and jieba's next
 * word is a given name (see name-tags.ts). 武汉市长江大桥 (the glued word goes on past 江) and
 * 交通运输部长江航务管理局 (航务 is a common word) stay whole.
 */
function surnameAfterTitle(dict: CompiledDictionary, text: string, at: number, boundaries: WordBoundaries): boolean {
  if (!dict.surnames.has(text[at] ?? '') || boundaries.has(at) || !boundaries.has(at + 1)) return false;
  const given = boundaries.wordStartingAt(at + 1);
  if (given === undefined || given.word.length > 2 || !HAN.test(given.word)) return false;
  if ((given.word.length === 1 ? GIVEN_CHAR_TAGS : GIVEN_NAME_TAGS).has(given.tag)) return true;
  // 局长|江海波主持, 局|长孙|启明会见: a given name that is also a common word (海波, even a verb: 启明) when the
  // person acts right after it.
  const end = at + 1 + given.word.length;
  return (GIVEN_CHAR_TAGS.has(given.tag) || GIVEN_VERB_TAGS.has(given.tag)) && !dict.predicates.has(given.word) && dict.predicates.has(text.slice(end, end + 2));
}

/**
 * Whether a term [at, end) may begin inside jieba's word `word`: when it ends inside it too (本报|记者), or
 * around an organization's ending, where jieba glued the term's first character to the ending
 * (公司法|定代表人) or the term begins with the ending itself (科特迪瓦通讯部|长: the title 部长). Not
 * elsewhere: 华为 does not begin inside 李建华 (李建华|为).
 */
export function termMayStartInside(dict: CompiledDictionary, text: string, word: { start: number; end: number }, at: number, end: number): boolean {
  if (word.end >= end) return true;
  const before = longestSuffix(text, dict.organizationSuffixes, 8, at);
  if (before !== undefined && at - before.cue.length >= word.start) return true;
  const ending = longestSuffix(text, dict.organizationSuffixes, 8, word.end);
  return ending !== undefined && word.end - ending.cue.length <= at;
}

/** Protected terms of `text` for the tokenizer: the longest segmentation-trie match at each position, left to right. */
export function scanTerms(dict: CompiledDictionary, text: string, boundaries?: WordBoundaries): { start: number; end: number; tag: string }[] {
  const spans: { start: number; end: number; tag: string }[] = [];
  // A term may cut a general word only where another term takes over (辽宁省委|常委, 办公室|主任), never
  // where plain text goes on (中国网|络 is 中国网络).
  const endFits = (at: number) => !boundaries || boundaries.has(at)
    || dict.segmentationTrie.longestAt(text, at) !== undefined
    // 研讨会|上: jieba's 会上 gives way when all that is left is a localiser.
    || (LOCALISERS.has(text[at] ?? '') && boundaries.has(at + 1))
    || predicateGlued(dict, text, at, boundaries);
  // A term starts where a word of jieba's or another term ends, or where termMayStartInside allows.
  const startFits = (at: number, end: number, termBefore: boolean) => {
    if (!boundaries || boundaries.has(at) || termBefore) return true;
    const word = boundaries.wordCovering(at);
    return !word || termMayStartInside(dict, text, word, at, end);
  };
  const titleEnds = (m: { start: number; end: number }) => boundaries !== undefined && dict.titleKind.has(text.slice(m.start, m.end)) && surnameAfterTitle(dict, text, m.end, boundaries);
  let i = 0;
  let lastEnd = -1;
  while (i < text.length) {
    const options = dict.segmentationTrie.matchesAt(text, i);
    let taken = false;
    for (let k = options.length - 1; k >= 0; k--) {
      const m = options[k]!;
      if (hasSpace(text, m.start, m.end)) continue;
      // An organization may also end inside a unit jieba glued to it (公安部|经济犯罪侦查局).
      if (!startFits(m.start, m.end, lastEnd === m.start) || !(endFits(m.end) || titleEnds(m) || (m.values[0] === 'nt' && boundaries !== undefined && unitGlued(dict, text, m.end, boundaries)))) continue;
      spans.push({ start: m.start, end: m.end, tag: m.values[0]! });
      i = lastEnd = m.end;
      taken = true;
      break;
    }
    if (!taken) i++;
  }
  return spans;
}
