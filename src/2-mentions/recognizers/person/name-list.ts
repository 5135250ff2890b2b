import { chineseNameAt, FUNCTION_CHARS, NAME_BREAK, NON_FINAL, ORG_FINAL, PLACE_FINAL, type NameSpan } from '../person-names.js';
import type { PersonScan } from './scan.js';

/** The list separator the rule reads. */
const SEP = '、';

/**
 * 台长按顺序是孙启航、任立新、戴晓东: three names or more in a row, separated by 、, where jieba tagged none of them
 * as a name. The list is the evidence: every item reads as a Chinese name in full (a surname and one or two
 * given characters, nothing left over), and at most one in three is a common word of jieba's (a word jieba tags as a place). With
 * a title before it in its sentence, or 同志 after it, each is an official; else a person.
 */
export function nameLists(scan: PersonScan): void {
  const { text } = scan;
  for (let at = text.indexOf(SEP); at >= 0; at = text.indexOf(SEP, at + 1)) {
    const first = itemBefore(scan, at);
    if (!first) continue;
    const items = [first];
    let end = at;
    while (text[end] === SEP) {
      const next = itemAfter(scan, end + 1);
      if (!next) break;
      items.push(next);
      end = next.end;
    }
    at = Math.max(at, items.at(-1)!.start);
    if (items.length < 3 || !closes(scan, end) || commonWords(scan, items) * 3 >= items.length) continue;
    const titled = titledList(scan, first.start, end);
    // A name found untitled before (a jieba person word) is an official too in a titled list.
    const kind = titled ? 'official' : 'person';
    const found = new Set(scan.out.filter((c) => c.kind === kind).map((c) => c.start));
    for (const s of items) if (!found.has(s.start) && (titled || !scan.named.overlaps(s.start, s.end))) scan.push(s, titled);
  }
}

/** The name that ends at a separator: the last two or three characters before it, a name in full from a word's start. */
function itemBefore(scan: PersonScan, sep: number): NameSpan | undefined {
  for (const len of [3, 2]) {
    const start = sep - len;
    if (start >= 0 && scan.ctx.tokenStartingAt.has(start) && isItem(scan, start, sep)) return { start, end: sep };
  }
  return undefined;
}

/**
 * The name that starts after a separator: up to the next separator, when what stands between is a surname
 * and one or two given characters (the separators delimit it: 戴晓东 is a name though jieba reads 戴 as a
 * verb); else, at the list's end, the name the name model reads there.
 */
function itemAfter(scan: PersonScan, start: number): NameSpan | undefined {
  const { text, dict } = scan;
  for (const len of [2, 3]) {
    const word = text.slice(start, start + len);
    if (text[start + len] !== SEP || !/^\p{Script=Han}+$/u.test(word) || !dict.surnames.has(word[0]!)) continue;
    if ([...word].some((c) => FUNCTION_CHARS.has(c) || NON_FINAL.has(c))) return undefined;
    return isItem(scan, start, start + len, false) ? { start, end: start + len } : undefined;
  }
  const s = chineseNameAt(text, start, dict, scan.tokens);
  return s && isItem(scan, s.start, s.end) ? s : undefined;
}

/** Two or three characters that read as a Chinese name in full (`modelled`: by the name model) and are no place, title or known non-name. */
function isItem(scan: PersonScan, start: number, end: number, modelled = true): boolean {
  const { text, dict } = scan;
  const word = text.slice(start, end);
  if (end - start < 2 || end - start > 3 || (modelled && chineseNameAt(text, start, dict, scan.tokens)?.end !== end)) return false;
  return !dict.places.has(word) && !dict.notNames.has(word) && !dict.generic.has(word) && !dict.titleKind.has(word)
    && !PLACE_FINAL.has(word.at(-1)!) && !ORG_FINAL.has(word.at(-1)!);
}

/** The list ends where a name ends: a mark, the text's end, a word of address, 等, a predicate. */
function closes(scan: PersonScan, end: number): boolean {
  const { text, dict } = scan;
  const ch = text[end];
  return !ch || (NAME_BREAK.has(ch) && ch !== SEP) || NON_FINAL.has(ch) || scan.pastHonorific(end) > end || dict.predicates.has(text.slice(end, end + 2))
    || /^v/.test(scan.tokens.startingAt(end)?.tag ?? '');
}

/** How many items are words of jieba's dictionary that are no name (a word jieba tags as a place): a list of common words is none of names. */
function commonWords(scan: PersonScan, items: readonly NameSpan[]): number {
  const { lexicon } = scan.tokens;
  return items.filter((s) => {
    const word = scan.text.slice(s.start, s.end);
    return lexicon.isWord(word) && !/^nr/.test(lexicon.posTag(word) ?? '');
  }).length;
}

/** A title earlier in the list's sentence, or 同志 after it: the people listed hold posts. */
function titledList(scan: PersonScan, start: number, end: number): boolean {
  if (scan.pastHonorific(end) > end) return true;
  const sentence = scan.ctx.sentenceAt(start);
  const from = sentence ? sentence.start : 0;
  return [...scan.titleStarts].some((t) => t >= from && t < start);
}
