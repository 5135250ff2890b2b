import { describe, expect, it } from 'vitest';
import { namedDays } from '../../../../src/2-mentions/recognizers/named-phrases/named-days.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('namedDays', () => {
  const rows: Row[] = [
    ['a quoted day before 系列活动', '以“精彩星澜”为主题的“青川主题日”系列活动在莫斯科举行。', ['event/other:青川主题日']],
    ['a quoted year before 活动', '两国举办了“星澜文化年”活动。', ['event/other:星澜文化年']],
    ['…not without an event\'s head word after it', '“星澜日”这一天很重要。', []],
    ['…not a quoted name that is no day', '“青川主题”系列活动在莫斯科举行。', []],
    ['…not a span of years (这十年)', '围绕“青川这十年”主题活动展开。', []],
    ['…not a day inside a longer name after the quote', '第六届“星澜电视日”青川电视大会在长沙举行。', []],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(namedDays(relationContext(text), 'test'))).toEqual(names);
  });
});
