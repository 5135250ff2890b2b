import { describe, expect, it } from 'vitest';
import { secondNames } from '../../../../src/2-mentions/recognizers/person/second-name.js';
import { namesBesideTitles } from '../../../../src/2-mentions/recognizers/person/titles.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('secondNames', () => {
  const rows: Row[] = [
    ['a second name right after a titled one, before a break, is titled too', '记者王晓东李明华。', ['official:李明华']],
    ['not before a word that goes on', '记者王晓东李明华报道。', []],
    ['nothing without a name before', '王晓东李明华。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(secondNames, sentence, [namesBesideTitles])).toEqual(expected);
  });
});
