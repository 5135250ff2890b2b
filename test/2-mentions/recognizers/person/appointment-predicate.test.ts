import { describe, expect, it } from 'vitest';
import { namesBeforeAppointment } from '../../../../src/2-mentions/recognizers/person/appointment-predicate.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesBeforeAppointment', () => {
  const rows: Row[] = [
    ['a name before an appointment predicate is an official', '赵一鸣同志任青川县委书记。', ['official:赵一鸣']],
    ['adverbs between the name and the predicate', '王海涛已正式出任星澜影业总经理。', ['official:王海涛']],
    ['a date between the name and the predicate', '王海涛于2019年任星澜影业总经理。', ['official:王海涛']],
    ['a Latin alias in brackets between the name and the predicate', '韩立杰（Jeff）担任总经理。', ['official:韩立杰']],
    ['the subject of 任命 is the appointer, not given a post', '信中任命周立新为组长。', []],
    ['the 任 of a word (责任) is no predicate', '张明远对此负有责任。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesBeforeAppointment, sentence)).toEqual(expected);
  });
});
