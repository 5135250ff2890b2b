import { describe, expect, it } from 'vitest';
import { fullNamesAtShortOnes } from '../../../../src/2-mentions/recognizers/person/namesake.js';
import { PERSON_RULES } from '../../../../src/2-mentions/recognizers/person/index.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('fullNamesAtShortOnes', () => {
  const rows: Row[] = [
    ['a name cut short where the text names the person in full', '由王大任兼任副总经理。王大任同时负责产品部。', ['official:王大任']],
    ['a name that no longer one starts with stays as it is', '由王海涛兼任副总经理。王海同时负责产品部。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(fullNamesAtShortOnes, sentence, PERSON_RULES.slice(0, PERSON_RULES.indexOf(fullNamesAtShortOnes)))).toEqual(expected);
  });
});
