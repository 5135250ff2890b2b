import { loadDictionaryDir } from '../dictionary/load.js';
import { composePatterns } from '../dictionary/patterns.js';

/**
 * Repairs text extracted from PDFs before anything reads it, while remembering where every character
 * came from: lines broken mid-word (继\n\n续), a character repeated across a page break (中心\n\n心),
 * and the spaces PDF tools put between Chinese and Latin/digits (2024 年 9 月, 芒果 TV).
 *
 * `toOriginal[i]` is the index in the original text of character `i` of the normalised text, so a
 * span of the normalised text maps back exactly (see `originalSpan`).
 */
export interface NormalizedText {
  original: string;
  text: string;
  toOriginal: Int32Array;
}

/** Decides whether a line break between two lines is a break inside one sentence. */
export type JoinTest = (before: string, after: string) => boolean;

const TERMINAL = new Set([...'。！？!?；;…：:']);
const OPEN_PUNCT = new Set([...'，、（(《“‘—-/·']);
const CONTINUING_START = new Set([...'，。、；：！？）)》”’']);

/** Lines shorter than this (in UTF-16 units) may be headings, which end where their last word ends. */
const MIN_BROKEN_LINE = 8;
const SENTENCE_PUNCT = /[，。、；：！？]/u;
const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
const isLatinOrDigit = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Does a word of two to four characters end `line`? */
const endsWithWord = (line: string, isWordAt: (s: string) => boolean): boolean => {
  for (let n = 2; n <= 4 && n <= line.length; n++) if (isWordAt(line.slice(-n))) return true;
  return false;
};

let bundledOpener: RegExp | undefined;
/** The paragraph opener of the bundled dictionary, read once, for a join test made without a dictionary. */
const bundledParagraphOpener = (): RegExp => (bundledOpener ??= composePatterns(loadDictionaryDir()).paragraphOpener);

/**
 * The default join test: a break is inside a sentence when the text before it cannot end one and
 * the text after it continues it (punctuation, the rest of a word, the tail of a long paragraph line).
 * `isWord` tells whether a short string is a dictionary word (used on the two characters at the break);
 * `opensParagraph` matches the start of a line that opens a paragraph (a date, 近日, 据, a bullet: the
 * dictionary's paragraphOpener), by default the bundled dictionary's.
 */
export function createJoinTest(isWord: (s: string) => boolean, opensParagraph: RegExp = bundledParagraphOpener()): JoinTest {
  return (before, after) => {
    const last = before.at(-1);
    const first = after[0];
    if (last === undefined || first === undefined) return false;
    if (TERMINAL.has(last)) return false;
    if (CONTINUING_START.has(first)) return true;
    if (OPEN_PUNCT.has(last)) return true;
    if (last === '”' || last === '》' || last === '）') return false;
    if (opensParagraph.test(after)) return false;
    const junction = `${last}${first}`;
    // A short line is a heading (行业动态周报 or 行业资讯月报 before 上海…: 报上) unless it stops mid-word and
    // a sentence goes on in the next line (4. 组织重 before 点项目路演推介会，…).
    if (isHan(last) && isHan(first) && isWord(junction)
      && (before.length >= MIN_BROKEN_LINE || (!endsWithWord(before, isWord) && SENTENCE_PUNCT.test(after)))) return true;
    const long = [...before].length >= 16 && /[，。、]/.test(before);
    return long;
  };
}

interface Line { start: number; end: number }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', start)) {
    const stop = i < 0 ? text.length : i;
    const end = stop > start && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
    lines.push({ start, end });
    if (i < 0) return lines;
    start = i + 1;
  }
}

const SPACE = 0x20;
const CR = 0x0d;
const NEWLINE = 0x0a;
const isSpaceUnit = (u: number): boolean => u === SPACE || u === 0x3000 || u === 0xa0 || u === 0x09;
const MIXED_PUNCT = /[“”"%（）()《》]/;
/** A pronunciation glossed after a character by some web pages (國(guó)): one pinyin syllable with its tone mark. */
const PINYIN_GLOSS = /^\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/u;
const OPEN_PAREN = 0x28;
const MAX_GLOSS = 8;

/** How many units a pinyin gloss takes at out[i] (0 when none): `(` right after a Han character. */
function pinyinGlossAt(out: Uint16Array, i: number, n: number, before: number | undefined): number {
  if (out[i] !== OPEN_PAREN || before === undefined || !isHan(String.fromCharCode(before))) return 0;
  const gloss = PINYIN_GLOSS.exec(String.fromCharCode(...out.subarray(i, Math.min(n, i + MAX_GLOSS))));
  return gloss ? gloss[0].length : 0;
}

/**
 * Normalises `original`: joins broken lines (per `joinTest`), drops a character duplicated across a
 * page break, removes spaces between Chinese and Latin/digits and the pinyin glossed after a character
 * (長(zhǎng) → 長), maps full-width ASCII letters and digits to half-width. Offsets stay exact through `toOriginal`.
 *
 * Both sweeps keep UTF-16 units and offsets in typed arrays (the text cannot grow: each kept line
 * break stands for one of the original's), rather than one string per character.
 */
export function normalizeText(original: string, joinTest: JoinTest, isWordAt: (s: string) => boolean = () => false): NormalizedText {
  const out = new Uint16Array(original.length);
  const map = new Int32Array(original.length);
  let n = 0;

  const lines = splitLines(original);
  const lineText = (l: Line) => original.slice(l.start, l.end);
  let skipFirstOf = -1; // index of a line whose first character repeats the previous line's last

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    let from = line.start;
    if (skipFirstOf === li) from += original.codePointAt(from)! > 0xffff ? 2 : 1;
    for (let i = from; i < line.end; i++) { out[n] = original.charCodeAt(i); map[n++] = i; }
    if (li === lines.length - 1) break;

    // Find the next non-blank line and decide whether this break joins two halves of a sentence.
    // Only a line at most 4 lines down can join, so the search stops there (a long run of blank lines
    // would otherwise be rescanned from every line of it: quadratic).
    let next = li + 1;
    while (next < lines.length && next - li <= 4 && lineText(lines[next]!).trim() === '') next++;
    const here = lineText(line).trimEnd();
    const there = next < lines.length ? lineText(lines[next]!).trimStart() : '';
    if (here.trim() !== '' && there !== '' && next - li <= 4 && joinTest(here, there)) {
      // Join: drop the newline(s) and blank lines between. Drop a character that the page break repeated.
      // 中心\n\n心等 repeats 心 (心等 is no word); 国家广\n\n广播 repeats 广 (广播 is a word, but no word ends
      // with that 广); 协会\n\n会长 and 共和国\n\n国家 do not (words end on both sides of the break).
      if (here.length >= 2 && here.at(-1) === there[0] && isHan(there[0]) && here.trim().length >= 15
        && (!isWordAt(there.slice(0, 2)) || !endsWithWord(here, isWordAt))) skipFirstOf = next;
      // Leading whitespace of the next line is kept out as well.
      const nextLine = lines[next]!;
      const lead = lineText(nextLine).length - lineText(nextLine).trimStart().length;
      // Trailing whitespace of this line goes too.
      while (n > 0 && isSpaceUnit(out[n - 1]!)) n--;
      lines[next] = { start: nextLine.start + lead, end: nextLine.end };
      li = next - 1;
      continue;
    }
    out[n] = NEWLINE;
    map[n++] = line.end;
  }

  // Second sweep: drop spaces that sit between Chinese and Latin/digits, widen nothing, map full-width ASCII.
  const text = new Uint16Array(n);
  const toOriginal = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    let unit = out[i]!;
    const gloss = pinyinGlossAt(out, i, n, m > 0 ? text[m - 1] : undefined);
    if (gloss > 0) { i += gloss - 1; continue; }
    if (isSpaceUnit(unit)) {
      let j = i;
      while (j < n && isSpaceUnit(out[j]!)) j++;
      const prev = m > 0 ? String.fromCharCode(text[m - 1]!) : undefined;
      const nextCh = j < n ? String.fromCharCode(out[j]!) : undefined;
      const mixed = (isHan(prev) && isLatinOrDigit(nextCh)) || (isLatinOrDigit(prev) && isHan(nextCh))
        || (isHan(prev) && MIXED_PUNCT.test(nextCh ?? '')) || (MIXED_PUNCT.test(prev ?? '') && isHan(nextCh));
      if (mixed) { i = j - 1; continue; }
      if (j - i > 1) { // fold a run of spaces to one
        text[m] = SPACE; toOriginal[m++] = map[i]!; i = j - 1; continue;
      }
      unit = SPACE;
    }
    if ((unit >= 0xff10 && unit <= 0xff19) || (unit >= 0xff21 && unit <= 0xff3a) || (unit >= 0xff41 && unit <= 0xff5a)) unit -= 0xfee0;
    text[m] = unit;
    toOriginal[m++] = map[i]!;
  }
  toOriginal[m] = original.length;
  return { original, text: fromUnits(text, m), toOriginal: toOriginal.slice(0, m + 1) };
}

/**
 * The string of units[0, length), built in chunks (fromCharCode takes each unit as an argument).
 * `apply` takes the typed array as it is; spreading it goes through its iterator, 6x slower.
 * (A TextDecoder would be faster still but turns a lone surrogate into U+FFFD.)
 */
function fromUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let a = 0; a < length; a += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(a, Math.min(a + 8192, length)) as unknown as number[]));
  return parts.join('');
}

/** Maps a span [start, end) of the normalised text to the original text. */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) { const at = norm.toOriginal[start] ?? norm.original.length; return { start: at, end: at }; }
  // Every UTF-16 unit of the normalised text maps to one unit of the original, so the end is exact.
  return { start: norm.toOriginal[start]!, end: norm.toOriginal[end - 1]! + 1 };
}
