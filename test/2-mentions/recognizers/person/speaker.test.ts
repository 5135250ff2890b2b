import { describe, expect, it } from 'vitest';
import { speakers } from '../../../../src/2-mentions/recognizers/person/speaker.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('speakers', () => {
  const rows: Row[] = [
    ['a name opening a clause before a verb of saying', '业绩并不理想。”彭立军透露，截至三季末，人员下降。', ['person:彭立军']],
    ['a common word before a verb of saying is no name', '官方表示，活动将延期。', []],
    ['nor a phrase ending in a function character', '信息中称，活动将延期。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(speakers, sentence)).toEqual(expected);
  });
});
