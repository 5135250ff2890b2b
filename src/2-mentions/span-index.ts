/**
 * Lookups by offset for the spans of one document (candidates, tokens, sentences), so that rules ask
 * "what starts here / ends here / lies inside this short range" in constant time instead of scanning
 * every span: extraction stays linear in the length of the text.
 */
export interface Span { start: number; end: number }

export class SpanIndex<T extends Span> {
  private readonly byStart = new Map<number, T[]>();
  private readonly byEnd = new Map<number, T[]>();

  constructor(spans: Iterable<T> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: T): void {
    const a = this.byStart.get(span.start);
    if (a) a.push(span); else this.byStart.set(span.start, [span]);
    const b = this.byEnd.get(span.end);
    if (b) b.push(span); else this.byEnd.set(span.end, [span]);
  }

  startingAt(offset: number): readonly T[] {
    return this.byStart.get(offset) ?? EMPTY;
  }

  endingAt(offset: number): readonly T[] {
    return this.byEnd.get(offset) ?? EMPTY;
  }

  /** Spans lying wholly inside [start, end); meant for short ranges (a name, a clause). */
  within(start: number, end: number): T[] {
    const found: T[] = [];
    for (let at = start; at < end; at++) for (const s of this.byStart.get(at) ?? EMPTY) if (s.end <= end) found.push(s);
    return found;
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

/** Marks which characters are covered, to test overlap of a short span in time proportional to its length. */
export class Coverage {
  private readonly covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
  }

  mark(start: number, end: number): void {
    this.covered.fill(1, Math.max(0, start), Math.min(this.covered.length, end));
  }

  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end && i < this.covered.length; i++) if (this.covered[i]) return true;
    return false;
  }
}

/** Index of the span of a sorted, non-overlapping list that contains `offset` (binary search), or -1. */
export function indexContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span of a sorted list that starts at or after `offset`. */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
