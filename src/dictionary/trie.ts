import { TransitionTable } from './transitions.js';

export interface TrieMatch<V> { start: number; end: number; values: V[] }

const SPACE = 0x20;
const ROOT = 0;
const NO_MATCHES: readonly never[] = Object.freeze([]);

/**
 * A character trie for one-pass dictionary matching: `matchesAt` walks the text once from a position
 * and reports every key ending on the way. ASCII letters match case-insensitively and spaces inside
 * the text are skipped, so `Apple TV+` matches the key `appletv+`. Nodes are numbers and edges keyed
 * by UTF-16 code unit, so the walk reads charCodeAt and builds no one-character string per position.
 */
export class Trie<V> {
  private readonly edges = new TransitionTable();
  /** The values of the keys ending at each node (undefined where none ends). */
  private readonly valuesAt: (V[] | undefined)[] = [undefined];
  // Which units start a key (STARTS) or are a key (WHOLE): most positions of a text start none, and a
  // flag answers that sooner than a probe of the edge table.
  private readonly startsKey = new Uint8Array(0x10000);
  // Which pairs of first units (hashed) start a key of two or more: most Chinese characters start some
  // key, far fewer pairs do, so most positions are answered without walking.
  private readonly startsPair = new Uint8Array(PAIR_SLOTS);
  maxDepth = 0;

  add(key: string, value: V): void {
    this.maxDepth = Math.max(this.maxDepth, key.length);
    // The text is walked one UTF-16 unit at a time and a surrogate pair is one step of the key, so a
    // key with a character outside the BMP has never matched: it is not stored.
    if (/[\ud800-\udbff][\udc00-\udfff]/.test(key)) return;
    if (key.length > 0) this.startsKey[key.charCodeAt(0)]! |= key.length === 1 ? STARTS | WHOLE : STARTS;
    if (key.length > 1) this.startsPair[pairSlot(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    let node = ROOT;
    for (let i = 0; i < key.length; i++) node = this.edges.childOrAdd(node, key.charCodeAt(i), this.valuesAt);
    (this.valuesAt[node] ??= []).push(value);
  }

  /** Every key that occurs in `text` starting at `start`, shortest first (an empty list is shared: do not modify it). */
  matchesAt(text: string, start: number): readonly TrieMatch<V>[] {
    if (!this.mayMatchAt(text, start)) return NO_MATCHES;
    let found: TrieMatch<V>[] | undefined;
    let node = ROOT;
    for (let i = start; i < text.length; i++) {
      if (isSkippedSpace(text, start, i)) continue;
      node = this.edges.get(node, foldAscii(text.charCodeAt(i)));
      if (node < 0) break;
      const values = this.valuesAt[node];
      if (values) (found ??= []).push({ start, end: i + 1, values });
    }
    return found ?? NO_MATCHES;
  }

  /** Longest key at `start`, if any (the last of `matchesAt`, without building the others). */
  longestAt(text: string, start: number): TrieMatch<V> | undefined {
    if (!this.mayMatchAt(text, start)) return undefined;
    let node = ROOT;
    let longest: V[] | undefined;
    let end = start;
    for (let i = start; i < text.length; i++) {
      if (isSkippedSpace(text, start, i)) continue;
      node = this.edges.get(node, foldAscii(text.charCodeAt(i)));
      if (node < 0) break;
      const values = this.valuesAt[node];
      if (values) { longest = values; end = i + 1; }
    }
    return longest ? { start, end, values: longest } : undefined;
  }

  /** False when no key can match at `start` (the walk from there would find nothing). */
  private mayMatchAt(text: string, start: number): boolean {
    const first = foldAscii(text.charCodeAt(start));
    const flags = this.startsKey[first];
    if (!flags) return false;
    if (flags & WHOLE || start + 1 >= text.length) return true;
    const second = text.charCodeAt(start + 1);
    // A space there is skipped by the walk: the pair to look at is further on, so let the walk decide.
    return second === SPACE || this.startsPair[pairSlot(first, foldAscii(second))] === 1;
  }
}

const STARTS = 1;
const WHOLE = 2;
const PAIR_SLOTS = 1 << 16;
const pairSlot = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77)) >>> 16;

/** A space inside the text (after a non-space, not at the start) is skipped: `Apple TV+` is `appletv+`. */
function isSkippedSpace(text: string, start: number, i: number): boolean {
  return i > start && text.charCodeAt(i) === SPACE && text.charCodeAt(i - 1) !== SPACE;
}

/** ASCII A-Z to a-z, every other unit as it is. */
function foldAscii(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}
