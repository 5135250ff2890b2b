import { describe, expect, it } from 'vitest';
import { middleDotNames } from '../../../../src/2-mentions/recognizers/person/middle-dot.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('middleDotNames', () => {
  const rows: Row[] = [
    ['names joined by a middle dot are one person', '丹尼斯·霍珀出演该片。', ['person:丹尼斯·霍珀']],
    ['no name without a dot', '丹尼斯出演该片。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(middleDotNames, sentence)).toEqual(expected);
  });
});
