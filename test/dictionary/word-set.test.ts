import { describe, expect, it } from 'vitest';
import { WordSet } from '../../src/dictionary/word-set.js';

describe('WordSet', () => {
  it('answers like a Set, words added at construction or later', () => {
    const roles = new WordSet(['演员', '球员']);
    roles.add('律师');
    expect([roles.has('演员'), roles.has('律师'), roles.has('演'), roles.has('导演'), roles.has('')]).toEqual([true, true, false, false, false]);
    expect([...roles]).toEqual(['演员', '球员', '律师']);
  });

  it('knows the empty word when it was added', () => {
    expect(new WordSet(['']).has('')).toBe(true);
  });
});
