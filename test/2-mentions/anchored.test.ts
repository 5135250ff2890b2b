import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches } from '../../src/2-mentions/anchored.js';

const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m[1]]);
// Han characters (one astral: 𠀋), forms of address, middle dots, punctuation.
const pieces = ['张', '兰', '火', '来', '胜', '𠀋', '先生', '女士', '老师', '·', '，', '说', '表示', '但', 'a', ' '];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('anchoredMatches', () => {
  it('finds what matchAll finds: a name before a form of address', () => {
    fc.assert(fc.property(texts, (text) => {
      const expected = found(text.matchAll(/([\p{Script=Han}]{2,3})(?:先生|女士|老师)/gu));
      expect(found(anchoredMatches(text, /先生|女士|老师/g, /([\p{Script=Han}]{2,3})(?:先生|女士|老师)/uy, 6, 2))).toEqual(expected);
    }));
  });

  it('finds what matchAll finds: a dot between Chinese characters (look-behind and look-ahead)', () => {
    fc.assert(fc.property(texts, (text) => {
      const expected = found(text.matchAll(/(?<=\p{Script=Han})[·•](?=\p{Script=Han})/gu));
      expect(found(anchoredMatches(text, /[·•]/g, /(?<=\p{Script=Han})[·•](?=\p{Script=Han})/uy, 0, 0))).toEqual(expected);
    }));
  });

  it('finds what matchAll finds: a lazy name between a clause start and a verb of saying', () => {
    const speaker = String.raw`(?:^|[，\s]|但)((?:\p{Script=Han}){2,4}?)(说|表示)`;
    fc.assert(fc.property(texts, (text) => {
      expect(found(anchoredMatches(text, /说|表示/g, new RegExp(speaker, 'uy'), 9, 2))).toEqual(found(text.matchAll(new RegExp(speaker, 'gu'))));
    }));
  });

  it('finds nothing in a text without the anchor', () => {
    expect([...anchoredMatches('张兰火来胜', /先生/g, /([\p{Script=Han}]{2,3})先生/uy, 6, 2)]).toEqual([]);
  });
});
