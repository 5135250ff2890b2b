import { describe, expect, it } from 'vitest';
import { namesAfterAppointing } from '../../../../src/2-mentions/recognizers/person/appointing.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesAfterAppointing', () => {
  const rows: Row[] = [
    ['the name between 任命 and 为', '青川县委任命孙建国为县广播电视台台长。', ['official:孙建国']],
    ['the name between 聘任 and an appointment predicate', '星澜影业聘任王立新担任总经理。', ['official:王立新']],
    ['a word of address between the name and 为', '青川县委任命孙建国同志为县广播电视台台长。', ['official:孙建国']],
    ['the predecessor after 接任, read on to 为 where jieba cut the name short', '龚一鸣已接任周华立为星澜广播电视台台长。', ['official:周华立']],
    ['no 为 or predicate after the name', '会议任命了新的领导班子。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesAfterAppointing, sentence)).toEqual(expected);
  });
});
