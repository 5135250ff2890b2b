import type { Sentence } from '../types.js';
import { unitFlags } from './unit-flags.js';

// As UTF-16 units: the scan reads charCodeAt and builds no string per character.
const END = unitFlags('。！？!?；;');
const CLOSERS = unitFlags('”’」』）)》');
const NEWLINE = 0x0a;
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》
/** A title mark opened at most this far back still holds an end mark that the title goes on after (《这！就是街舞》). */
const MAX_TITLE = 40;
/** Longest sentence handed on: a run-on without punctuation (scraped text, a table) is cut at a comma or a space. */
const MAX_SENTENCE = 400;

/**
 * Splits normalised text into sentences: at 。！？；, after any closing quote that follows them (not inside
 * a title that goes on after one: 《这！就是街舞》), and at
 * line breaks (a line break left after normalisation ends a heading or a paragraph). A sentence longer
 * than MAX_SENTENCE is cut at its last comma or space before that length, so that per-sentence work
 * stays bounded on hostile input.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const emit = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const flush = (end: number) => {
    let s = start;
    while (end - s > MAX_SENTENCE) {
      let cut = -1;
      for (let i = s + MAX_SENTENCE; i > s + MAX_SENTENCE / 2; i--) if (/[，,、 ]/.test(text[i - 1]!)) { cut = i; break; }
      if (cut < 0) cut = s + MAX_SENTENCE;
      emit(s, cut);
      s = cut;
    }
    emit(s, end);
    start = end;
  };
  let titleAt = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === NEWLINE) { flush(i); start = i + 1; titleAt = -1; continue; }
    if (unit === TITLE_OPEN) titleAt = i;
    else if (unit === TITLE_CLOSE) titleAt = -1;
    else if (END[unit] === 1 && titleAt >= 0 && i - titleAt < MAX_TITLE && !(CLOSERS[text.charCodeAt(i + 1)] === 1) && text.charCodeAt(i + 1) !== NEWLINE) continue;
    if (END[unit] === 1) {
      let j = i + 1;
      while (j < text.length && CLOSERS[text.charCodeAt(j)] === 1) j++;
      flush(j);
      i = j - 1;
    }
  }
  flush(text.length);
  return sentences;
}
