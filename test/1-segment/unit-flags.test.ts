import { describe, expect, it } from 'vitest';
import { unitFlags } from '../../src/1-segment/unit-flags.js';

describe('unitFlags', () => {
  it('flags exactly the units of the given characters', () => {
    const ends = unitFlags('。！？');
    const text = '好。吗？a';
    expect([...text].map((c) => ends[c.charCodeAt(0)])).toEqual([0, 1, 0, 1, 0]);
  });
});
