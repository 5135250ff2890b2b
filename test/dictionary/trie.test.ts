import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Trie } from '../../src/dictionary/trie.js';

const trieOf = (...keys: string[]) => {
  const trie = new Trie<string>();
  for (const k of keys) trie.add(k, k);
  return trie;
};
const ends = (trie: Trie<string>, text: string, start: number) => trie.matchesAt(text, start).map((m) => [m.end, ...m.values]);

describe('Trie', () => {
  const rows: [label: string, keys: string[], text: string, start: number, expected: (string | number)[][]][] = [
    ['every key from the start, shortest first', ['广电', '广电总局', '总局'], '国家广电总局', 2, [[4, '广电'], [6, '广电总局']]],
    ['nothing where no key starts', ['广电'], '国家广电总局', 0, []],
    ['ASCII letters of the text match lower-case keys', ['appletv+'], 'Apple TV+上线', 0, [[9, 'appletv+']]],
    ['a space after a non-space is skipped, a second one is not', ['ab'], 'a  b', 0, []],
    ['a space at the start is read', [' a'], ' a', 0, [[2, ' a']]],
    ['the end of a match is never a skipped space', ['a'], 'a b', 0, [[1, 'a']]],
    ['a key outside the BMP never matches (the text is read by UTF-16 unit)', ['𠮷野家', '野家'], '𠮷野家', 0, []],
  ];

  it.each(rows)('matchesAt: %s', (_label, keys, text, start, expected) => {
    expect(ends(trieOf(...keys), text, start)).toEqual(expected);
  });

  it('keeps every value added under one key, in order', () => {
    const trie = new Trie<number>();
    trie.add('芒果', 1);
    trie.add('芒果', 2);
    expect(trie.matchesAt('芒果TV', 0)).toEqual([{ start: 0, end: 2, values: [1, 2] }]);
  });

  it('longestAt is the last of matchesAt', () => {
    const keys = fc.array(fc.stringMatching(/^[a-cA-C 广电]{1,4}$/), { maxLength: 8 });
    fc.assert(fc.property(keys, fc.stringMatching(/^[a-cA-C 广电]{0,12}$/), (ks, text) => {
      const trie = trieOf(...ks);
      for (let start = 0; start <= text.length; start++) expect(trie.longestAt(text, start)).toEqual(trie.matchesAt(text, start).at(-1));
    }));
  });

  it('matchesAt finds exactly the keys a naive scan finds', () => {
    // The naive scan: a key matches text[start, end) when it equals that stretch with A-Z folded to
    // a-z and each space that follows a non-space (not at the start) dropped, and text[end - 1] is
    // not such a space.
    const skipped = (text: string, start: number, i: number) => i > start && text[i] === ' ' && text[i - 1] !== ' ';
    const naive = (ks: string[], text: string, start: number) => {
      const found: (string | number)[][] = [];
      let read = '';
      for (let i = start; i < text.length; i++) {
        if (skipped(text, start, i)) continue;
        read += text[i]!.replace(/[A-Z]/, (c) => c.toLowerCase());
        const hits = ks.filter((k) => k === read);
        if (hits.length) found.push([i + 1, ...hits]);
      }
      return found;
    };
    const keys = fc.array(fc.stringMatching(/^[a-c 广电]{1,4}$/), { maxLength: 8 });
    fc.assert(fc.property(keys, fc.stringMatching(/^[a-cA-C 广电]{0,12}$/), (ks, text) => {
      const trie = trieOf(...ks);
      for (let start = 0; start <= text.length; start++) expect(ends(trie, text, start)).toEqual(naive(ks, text, start));
    }));
  });
});
