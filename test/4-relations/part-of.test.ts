import { describe, expect, it } from 'vitest';
import { namedFacts } from './support.js';

/** The part_of facts of a text, as unit → parent. */
const partOf = (text: string): string[] => namedFacts(text, 'part_of');

describe('part_of of a department named bare after its body', () => {
  const rows: [label: string, text: string, expected: string, present: boolean][] = [
    ['a sibling of a department spelled with its parent', '国家广播电视总局宣传司副司长王明、传媒司副司长李华出席会议。', '传媒司 → 国家广播电视总局', true],
    ['a department after its body\'s title chain', '国家广播电视总局副局长、党组成员、电影局局长赵刚出席。', '电影局 → 国家广播电视总局', true],
    ['not a body of the place the text is about (市电影局)', '北京市委宣传部副部长、市电影局局长赵刚出席。', '市电影局 → 中共北京市委宣传部', false],
    ['not across a clause break', '国家广播电视总局召开会议，电影局局长赵刚出席。', '电影局 → 国家广播电视总局', false],
    ['not a body of every place (各省广电局)', '国家广播电视总局各司局、各省广电局负责人出席。', '广电局 → 国家广播电视总局', false],
  ];
  it.each(rows)('%s', (_label, text, expected, present) => {
    expect(partOf(text).includes(expected)).toBe(present);
  });
});

describe('part_of of a brand\'s business unit', () => {
  it('puts the unit under its brand', () => {
    expect(partOf('爱奇艺电商负责人王明表示，将加大投入。')).toContain('爱奇艺电商 → 爱奇艺');
  });
});
