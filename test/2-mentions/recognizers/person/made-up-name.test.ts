import { describe, expect, it } from 'vitest';
import { madeUpNames } from '../../../../src/2-mentions/recognizers/person/made-up-name.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('madeUpNames', () => {
  const rows: Row[] = [
    ['a name marked as made up is a person', '某公司员工林钢（化名）因违规被辞退。', ['person:林钢']],
    ['with ASCII parentheses', '员工林钢(化名)因违规被辞退。', ['person:林钢']],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(madeUpNames, sentence)).toEqual(expected);
  });
});
