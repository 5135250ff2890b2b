import { describe, expect, it } from 'vitest';
import { successors } from '../../../../src/2-mentions/recognizers/person/successor.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('successors', () => {
  const rows: Row[] = [
    ['the name after 由 and before 接任 is an official', '其职务由许承川接任。', ['official:许承川']],
    ['before 担任', '总导演由周海宁担任。', ['official:周海宁']],
    ['before 兼任, the name read to the predicate', '由王大任兼任副总经理。', ['official:王大任']],
    ['由 before a verb of credit is another rule\'s', '由韩立峰监制的微短剧《远山》上线。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(successors, sentence)).toEqual(expected);
  });
});
