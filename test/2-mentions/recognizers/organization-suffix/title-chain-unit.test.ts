import { describe, expect, it } from 'vitest';
import { longestSuffix } from '../../../../src/dictionary/compile.js';
import { committeeAfterTitleChain, departmentAfterTitleChain } from '../../../../src/2-mentions/recognizers/organization-suffix/title-chain-unit.js';
import { contextOf, endOf, tokenEndingAt } from './support.js';

const show = (c: { name: string; parent?: string } | undefined) => (c ? `${c.name} of ${c.parent}` : 'none');

describe('departmentAfterTitleChain', () => {
  const rows: [label: string, text: string, word: string, expected: string][] = [
    ['a department after its committee\'s title', '王青川任中共辽宁省委常委、组织部部长。', '组织部', '中共辽宁省委组织部 of 中国共产党辽宁省委员会'],
    ['not after a body that is no party committee, congress or conference', '王青川任青川传媒集团董事、宣传部部长。', '宣传部', 'none'],
    ['not without a title after it', '王青川任中共辽宁省委常委、组织部。', '组织部', 'none'],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => {
    const sc = contextOf(text);
    const end = endOf(text, word);
    const tok = sc.ctx.tokens[tokenEndingAt(sc, end)]!;
    expect(show(departmentAfterTitleChain(sc, tok, longestSuffix(text, sc.ctx.dictionary.organizationSuffixes, 8, end)!.cue))).toBe(expected);
  });
});

describe('committeeAfterTitleChain', () => {
  const rows: [label: string, text: string, ending: string, expected: string][] = [
    ['a committee of any words after its parent\'s title', '王青川任全国政协常委、文化文史和学习委员会副主任。', '委员会', '全国政协文化文史和学习委员会 of 全国政协'],
    ['a name of the place\'s own level is a body of its own', '王青川任中共河北省委常委、省广播电视局局长。', '局', 'none'],
  ];
  it.each(rows)('%s', (_label, text, ending, expected) => {
    const sc = contextOf(text);
    const end = endOf(text, ending);
    expect(show(committeeAfterTitleChain(sc, end - ending.length, end))).toBe(expected);
  });
});
