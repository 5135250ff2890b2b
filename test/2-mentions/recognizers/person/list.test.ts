import { describe, expect, it } from 'vitest';
import { listedNames } from '../../../../src/2-mentions/recognizers/person/list.js';
import { PERSON_RULES } from '../../../../src/2-mentions/recognizers/person/index.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('listedNames', () => {
  const rows: Row[] = [
    ['a name after 、 continues a list of officials, titled like the first', '副局长王海涛、杨建国出席会议。', ['official:杨建国/government']],
    ['a name jieba cut apart continues a list of people before 主演', '该片由韩青执导，孙岚、江疏影主演。', ['person:江疏影']],
    ['a name already found is not found again', '会长刘志强、江苏省广播电视局局长王海涛出席。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(listedNames, sentence, PERSON_RULES.slice(0, PERSON_RULES.indexOf(listedNames)))).toEqual(expected);
  });
});
