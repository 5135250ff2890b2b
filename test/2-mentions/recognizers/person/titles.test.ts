import { describe, expect, it } from 'vitest';
import { namesBesideTitles } from '../../../../src/2-mentions/recognizers/person/titles.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesBesideTitles', () => {
  const rows: Row[] = [
    ['a name after a title is an official of its kind', '国家广播电视总局局长陈立群出席会议。', ['official:陈立群/government']],
    ['a name after a Latin title', '星澜集团CEO周明远表示，公司将加大投入。', ['official:周明远/business']],
    ['a foreign name with its middle dot after a title', '总统伊萨·迪亚拉会见代表团。', ['official:伊萨·迪亚拉/government']],
    ['a foreign name before a title written after names (总统)', '穆萨·卡巴总统会见代表团。', ['official:穆萨·卡巴/government']],
    ['a Chinese name before 主席', '王建国主席出席会议。', ['official:王建国/government']],
    ['no name before a title that is not written after names (局长)', '张伟平局长出席会议。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesBesideTitles, sentence)).toEqual(expected);
  });
});
