import type { Sentence } from '../types.js';

const END = new Set([...'。！？!?；;']);
const CLOSERS = new Set([...'”’」』）)》']);

/**
 * Splits normalised text into sentences: at 。！？；, after any closing quote that follows them, and at
 * line breaks (a line break left after normalisation ends a heading or a paragraph).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const flush = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') { flush(i); start = i + 1; continue; }
    if (END.has(ch)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      flush(j);
      i = j - 1;
    }
  }
  flush(text.length);
  return sentences;
}
