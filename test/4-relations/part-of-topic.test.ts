import { describe, expect, it } from 'vitest';
import { namedFacts } from './support.js';

/** The part_of facts of a text, as unit → parent. */
const partOf = (text: string): string[] => namedFacts(text, 'part_of');

describe('part_of of a bare unit to the business of the headline', () => {
  const rows: [label: string, text: string, expected: string, present: boolean][] = [
    ['a unit with no owner in its sentence', '芒果TV调整管理架构\n王青川将继续作为运营部和内容审核部的负责人，向李建国汇报。', '运营部 → 芒果TV', true],
    ['hard: the second of the pair too', '芒果TV调整管理架构\n王青川将继续作为运营部和内容审核部的负责人，向李建国汇报。', '内容审核部 → 芒果TV', true],
    ['negative: a headline that names a government body, not a business', '青川省广播电视局召开会议\n王青川将继续作为运营部和内容审核部的负责人。', '运营部 → 青川省广播电视局', false],
  ];
  it.each(rows)('%s', (_label, text, expected, present) => expect(partOf(text).includes(expected)).toBe(present));
});
