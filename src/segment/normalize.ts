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
const PARAGRAPH_OPENER = /^(?:\d{1,4}\s*[年月日]|近日|日前|据|当地时间|有消息|有报道|[-•◆●■]|\d+[.、．])/;

const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
const isLatinOrDigit = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u3000' || c === '\u00a0' || c === '\t';

/**
 * The default join test: a break is inside a sentence when the text before it cannot end one and
 * the text after it continues it (punctuation, the rest of a word, the tail of a long paragraph line).
 * `isWord` tells whether a short string is a dictionary word (used on the two characters at the break).
 */
export function createJoinTest(isWord: (s: string) => boolean): JoinTest {
  return (before, after) => {
    const last = before.at(-1);
    const first = after[0];
    if (last === undefined || first === undefined) return false;
    if (TERMINAL.has(last)) return false;
    if (CONTINUING_START.has(first)) return true;
    if (OPEN_PUNCT.has(last)) return true;
    if (last === '”' || last === '》' || last === '）') return false;
    if (PARAGRAPH_OPENER.test(after)) return false;
    const junction = `${last}${first}`;
    if (isHan(last) && isHan(first) && isWord(junction)) return true;
    const long = [...before].length >= 16 && /[，。、]/.test(before);
    return long;
  };
}

interface Line { start: number; end: number }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Normalises `original`: joins broken lines (per `joinTest`), drops a character duplicated across a
 * page break, removes spaces between Chinese and Latin/digits, maps full-width ASCII letters and
 * digits to half-width. Offsets stay exact through `toOriginal`.
 */
export function normalizeText(original: string, joinTest: JoinTest, isWordAt: (s: string) => boolean = () => false): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  const push = (ch: string, at: number) => { out.push(ch); map.push(at); };

  const lines = splitLines(original);
  const lineText = (l: Line) => original.slice(l.start, l.end);
  let skipFirstOf = -1; // index of a line whose first character repeats the previous line's last

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    let from = line.start;
    if (skipFirstOf === li) from += original.codePointAt(from)! > 0xffff ? 2 : 1;
    for (let i = from; i < line.end; i++) push(original[i]!, i);
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
      // 中心\n\n心等 repeats 心; 协会\n\n会长 does not (会长 is a word of its own).
      if (here.length >= 2 && here.at(-1) === there[0] && isHan(there[0]) && here.trim().length >= 15 && !isWordAt(there.slice(0, 2))) skipFirstOf = next;
      // Leading whitespace of the next line is kept out as well.
      const nextLine = lines[next]!;
      const lead = lineText(nextLine).length - lineText(nextLine).trimStart().length;
      // Trailing whitespace of this line goes too.
      while (out.length && isSpace(out[out.length - 1])) { out.pop(); map.pop(); }
      lines[next] = { start: nextLine.start + lead, end: nextLine.end };
      li = next - 1;
      continue;
    }
    push('\n', line.end);
  }

  // Second sweep: drop spaces that sit between Chinese and Latin/digits, widen nothing, map full-width ASCII.
  const text: string[] = [];
  const toOriginal: number[] = [];
  for (let i = 0; i < out.length; i++) {
    let ch = out[i]!;
    if (isSpace(ch)) {
      let j = i;
      while (j < out.length && isSpace(out[j])) j++;
      const prev = text.at(-1);
      const nextCh = out[j];
      const mixed = (isHan(prev) && isLatinOrDigit(nextCh)) || (isLatinOrDigit(prev) && isHan(nextCh))
        || (isHan(prev) && /[“”"%（）()《》]/.test(nextCh ?? '')) || (/[“”"%（）()《》]/.test(prev ?? '') && isHan(nextCh));
      if (mixed) { i = j - 1; continue; }
      if (j - i > 1) { // fold a run of spaces to one
        text.push(' '); toOriginal.push(map[i]!); i = j - 1; continue;
      }
      ch = ' ';
    }
    const code = ch.charCodeAt(0);
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      ch = String.fromCharCode(code - 0xfee0);
    }
    text.push(ch);
    toOriginal.push(map[i]!);
  }
  const result = new Int32Array(text.length + 1);
  result.set(toOriginal);
  result[text.length] = original.length;
  return { original, text: text.join(''), toOriginal: result };
}

/** Maps a span [start, end) of the normalised text to the original text. */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) { const at = norm.toOriginal[start] ?? norm.original.length; return { start: at, end: at }; }
  // Every UTF-16 unit of the normalised text maps to one unit of the original, so the end is exact.
  return { start: norm.toOriginal[start]!, end: norm.toOriginal[end - 1]! + 1 };
}
