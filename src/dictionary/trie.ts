// Children are keyed by UTF-16 code unit (a number), so walking the text reads charCodeAt and builds
// no one-character string per position; the walk runs from every position of every document.
interface Node<V> { next: Map<number, Node<V>>; values?: V[] }

export interface TrieMatch<V> { start: number; end: number; values: V[] }

const SPACE = 0x20;

/**
 * A character trie for one-pass dictionary matching: `matchesAt` walks the text once from a position
 * and reports every key ending on the way. ASCII letters match case-insensitively and spaces inside
 * the text are skipped, so `Apple TV+` matches the key `appletv+`.
 */
export class Trie<V> {
  private readonly root: Node<V> = { next: new Map() };
  // Which units start a key: most positions of a text start none, and a flag answers that sooner
  // than the root's Map.
  private readonly startsKey = new Uint8Array(0x10000);
  maxDepth = 0;

  add(key: string, value: V): void {
    this.maxDepth = Math.max(this.maxDepth, key.length);
    // The text is walked one UTF-16 unit at a time and a surrogate pair is one step of the key, so a
    // key with a character outside the BMP has never matched: it is not stored.
    if (/[\ud800-\udbff][\udc00-\udfff]/.test(key)) return;
    if (key.length > 0) this.startsKey[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) { child = { next: new Map() }; node.next.set(unit, child); }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Every key that occurs in `text` starting at `start`, shortest first. */
  matchesAt(text: string, start: number): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    if (!this.startsKey[foldAscii(text.charCodeAt(start))]) return found;
    let node: Node<V> | undefined = this.root;
    for (let i = start; i < text.length && node; i++) {
      if (isSkippedSpace(text, start, i)) continue;
      node = node.next.get(foldAscii(text.charCodeAt(i)));
      if (node?.values) found.push({ start, end: i + 1, values: node.values });
    }
    return found;
  }

  /** Longest key at `start`, if any (the last of `matchesAt`, without building the others). */
  longestAt(text: string, start: number): TrieMatch<V> | undefined {
    if (!this.startsKey[foldAscii(text.charCodeAt(start))]) return undefined;
    let node: Node<V> | undefined = this.root;
    let longest: Node<V> | undefined;
    let end = start;
    for (let i = start; i < text.length && node; i++) {
      if (isSkippedSpace(text, start, i)) continue;
      node = node.next.get(foldAscii(text.charCodeAt(i)));
      if (node?.values) { longest = node; end = i + 1; }
    }
    return longest ? { start, end, values: longest.values! } : undefined;
  }
}

/** A space inside the text (after a non-space, not at the start) is skipped: `Apple TV+` is `appletv+`. */
function isSkippedSpace(text: string, start: number, i: number): boolean {
  return i > start && text.charCodeAt(i) === SPACE && text.charCodeAt(i - 1) !== SPACE;
}

/** ASCII A-Z to a-z, every other unit as it is. */
function foldAscii(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}
