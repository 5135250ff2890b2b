import { describe, expect, it } from 'vitest';
import { tokenOffsets } from '../../src/1-segment/token-offsets.js';
import { tokenize } from '../../src/1-segment/tokenizer.js';

describe('tokenOffsets', () => {
  const text = '国家广播电视总局近日印发通知，芒果TV与Apple TV+发布4K内容😂。';
  const tokens = tokenize(text);
  const { startingAt, endingAt } = tokenOffsets(tokens, text.length);
  // What the pipeline built before: Maps filled token by token.
  const startMap = new Map<number, number>();
  const endMap = new Map<number, number>();
  tokens.forEach((t, i) => { startMap.set(t.start, i); endMap.set(t.end, i); });

  const probes = [-1, -0, 0.5, NaN, Infinity, text.length, text.length + 1, ...Array.from({ length: text.length }, (_, i) => i)];

  it.each([['startingAt', startingAt, startMap], ['endingAt', endingAt, endMap]] as const)('%s answers as the Map of token indexes', (_label, index, map) => {
    for (const offset of probes) {
      expect(index.get(offset)).toBe(map.get(offset));
      expect(index.has(offset)).toBe(map.has(offset));
    }
    expect(index.size).toBe(map.size);
    expect([...index]).toEqual([...map]);
    expect([...index.keys()]).toEqual([...map.keys()]);
    const seen: [number, number][] = [];
    index.forEach((value, key, self) => { seen.push([key, value]); expect(self).toBe(index); });
    expect(seen).toEqual([...map.entries()]);
  });

  it('finds nothing in an empty text', () => {
    const empty = tokenOffsets([], 0);
    expect(empty.startingAt.size).toBe(0);
    expect(empty.startingAt.get(0)).toBeUndefined();
  });
});
