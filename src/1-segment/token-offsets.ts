import type { Token } from '../types.js';

/**
 * The index of the token starting (or ending) at each text offset, for recognizers'
 * `ctx.tokenStartingAt` / `ctx.tokenEndingAt`. It answers exactly as a Map<number, number> filled
 * token by token, but looks offsets up in an Int32Array as long as the text: filling two Maps with
 * every token was a visible cost of each document, and the arrays take less memory than the Maps.
 */
class OffsetIndex implements ReadonlyMap<number, number> {
  #asMap: Map<number, number> | undefined;

  constructor(
    private readonly indexAt: Int32Array,
    readonly size: number,
    private readonly toMap: () => Map<number, number>,
  ) {}

  get(offset: number): number | undefined {
    const i = this.indexAt[offset]; // undefined for an offset outside the text or not an integer
    return i === undefined || i < 0 ? undefined : i;
  }

  has(offset: number): boolean {
    const i = this.indexAt[offset];
    return i !== undefined && i >= 0;
  }

  // Recognizers only look offsets up; walking the index builds the Map it stands for, once.
  forEach(callback: (value: number, key: number, map: ReadonlyMap<number, number>) => void, thisArg?: unknown): void {
    this.map().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries() { return this.map().entries(); }
  keys() { return this.map().keys(); }
  values() { return this.map().values(); }
  [Symbol.iterator]() { return this.map()[Symbol.iterator](); }

  private map(): Map<number, number> {
    return (this.#asMap ??= this.toMap());
  }
}

/** Token indexes by start and by end offset; a later token at the same offset wins, as in a Map. */
export function tokenOffsets(tokens: readonly Token[], textLength: number): { startingAt: ReadonlyMap<number, number>; endingAt: ReadonlyMap<number, number> } {
  const starts = new Int32Array(textLength + 1).fill(-1);
  const ends = new Int32Array(textLength + 1).fill(-1);
  let startKeys = 0;
  let endKeys = 0;
  for (let i = 0; i < tokens.length; i++) {
    const { start, end } = tokens[i]!;
    if (starts[start] === -1) startKeys++;
    if (ends[end] === -1) endKeys++;
    starts[start] = i;
    ends[end] = i;
  }
  return {
    startingAt: new OffsetIndex(starts, startKeys, () => new Map(tokens.map((t, i) => [t.start, i]))),
    endingAt: new OffsetIndex(ends, endKeys, () => new Map(tokens.map((t, i) => [t.end, i]))),
  };
}
