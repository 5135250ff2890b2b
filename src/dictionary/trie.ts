interface Node<V> { next: Map<string, Node<V>>; values?: V[] }

export interface TrieMatch<V> { start: number; end: number; values: V[] }

/**
 * A character trie for one-pass dictionary matching: `matchesAt` walks the text once from a position
 * and reports every key ending on the way. ASCII letters match case-insensitively and spaces inside
 * the text are skipped, so `Apple TV+` matches the key `appletv+`.
 */
export class Trie<V> {
  private readonly root: Node<V> = { next: new Map() };
  maxDepth = 0;

  add(key: string, value: V): void {
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) { child = { next: new Map() }; node.next.set(ch, child); }
      node = child;
    }
    (node.values ??= []).push(value);
    this.maxDepth = Math.max(this.maxDepth, key.length);
  }

  /** Every key that occurs in `text` starting at `start`, shortest first. */
  matchesAt(text: string, start: number): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    let node: Node<V> | undefined = this.root;
    for (let i = start; i < text.length && node; i++) {
      let ch = text[i]!;
      if (ch === ' ' && i > start && text[i - 1] !== ' ') continue;
      const code = ch.charCodeAt(0);
      if (code >= 65 && code <= 90) ch = String.fromCharCode(code + 32);
      node = node.next.get(ch);
      if (node?.values) found.push({ start, end: i + 1, values: node.values });
    }
    return found;
  }

  /** Longest key at `start`, if any. */
  longestAt(text: string, start: number): TrieMatch<V> | undefined {
    const all = this.matchesAt(text, start);
    return all[all.length - 1];
  }
}
