import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TransitionTable } from '../../src/dictionary/transitions.js';

describe('TransitionTable', () => {
  it('answers like a Map of (node, unit) → child, across growth', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(70_000), fc.integer({ min: 0, max: 0xffff }), fc.nat(1_000_000)), { maxLength: 400 }), (edges) => {
      const table = new TransitionTable(4);
      const model = new Map<string, number>();
      for (const [node, unit, child] of edges) {
        if (model.has(`${node}:${unit}`)) continue;
        table.set(node, unit, child);
        model.set(`${node}:${unit}`, child);
      }
      for (const [node, unit] of edges) expect(table.get(node, unit)).toBe(model.get(`${node}:${unit}`));
      expect(table.get(70_001, 1)).toBe(-1);
    }));
  });

  it('finds nothing in an empty table', () => {
    expect(new TransitionTable().get(0, 0x4e2d)).toBe(-1);
  });
});
