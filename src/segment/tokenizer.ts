import { createRequire } from 'node:module';
import type { Token } from '../types.js';

interface Jieba {
  tag(text: string): { word: string; tag: string }[];
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

// nodejieba is a native CommonJS addon: load it the same way from the ESM and the CJS build.
const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
const inserted = new Set<string>();

function load(): Jieba {
  jieba ??= require('nodejieba') as Jieba;
  return jieba;
}

/**
 * Adds words to jieba's user dictionary so that they come out as single tokens. jieba keeps one
 * dictionary per process, so a word added by one extractor is known to all; adding is idempotent.
 */
export function addWords(words: Iterable<{ word: string; tag: string }>): void {
  const j = load();
  for (const { word, tag } of words) {
    const key = `${word}\u0000${tag}`;
    if (inserted.has(key) || /\s/.test(word)) continue;
    inserted.add(key);
    j.insertWord(word, tag);
  }
}

/** True when jieba's dictionaries (built-in and added) segment `s` as one word. */
export function isWord(s: string): boolean {
  const tokens = load().cut(s, false);
  return tokens.length === 1 && tokens[0] === s;
}

/**
 * Tokenises `text` with part-of-speech tags. Every token gets its offsets in `text`
 * (`text.slice(start, end) === word`); whatever jieba drops is skipped, never misaligned.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of load().tag(text)) {
    if (word === '') continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, start: offset + at, end: offset + at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/** Plain segmentation (no tags), the floor any jieba-based extractor pays. */
export function cut(text: string): string[] {
  return load().cut(text, true);
}
