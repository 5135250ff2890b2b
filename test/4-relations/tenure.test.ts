import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';
import { tenureOf } from '../../src/4-relations/holds-position/tenure.js';
import { dict } from '../3-resolve/support.js';

/** The from / to of the posts a text gives. */
function terms(text: string): Array<[string, string | undefined, string | undefined]> {
  return extract(text, { date: '2024-09-09' }).relations.filter((r) => r.type === 'holds_position').map((r) => [r.title!, r.from, r.to]);
}

describe('holds_position: the dates the text gives a post', () => {
  const rows: [label: string, text: string, expected: Array<[string, string | undefined, string | undefined]>][] = [
    ['a start month after 于', '张明远于2019年6月出任中国网络视听协会副会长。', [['副会长', '2019-06', undefined]]],
    ['a clause of a date and 起 before the person', '2019年起，张明远担任中国网络视听协会副会长。', [['副会长', '2019', undefined]]],
    ['自…起 before the person', '自2019年6月起，张明远担任中国网络视听协会副会长。', [['副会长', '2019-06', undefined]]],
    ['a bare date before a person who leaves', '2023年3月，赵立群卸任中国网络视听协会副会长。', [['副会长', undefined, '2023-03']]],
    ['a date the post is not given by stays off it', '6月3日，中国网络视听协会副会长张明远出席会议。', [['副会长', undefined, undefined]]],
  ];
  it.each(rows)('%s', (_label, text, expected) => expect(terms(text)).toEqual(expected));
});

describe('tenureOf: a term of two dates', () => {
  it('2015年至2019年 gives both ends', () => {
    const text = '王海涛2015年至2019年任副会长。';
    expect(tenureOf(dict, text, { start: 0, end: text.length }, { start: 0, end: 3 }, text.indexOf('副会长') + 3)).toEqual({ from: '2015', to: '2019' });
  });
});
