import { describe, expect, it } from 'vitest';
import { namesOpeningQuotes } from '../../../../src/2-mentions/recognizers/person/name-before-colon.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesOpeningQuotes', () => {
  const rows: Row[] = [
    ['a name opening a sentence before a colon', '会上。郭天明：我们会继续投入。', ['person:郭天明']],
    ['a title before a colon is no name', '记者：活动将延期。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesOpeningQuotes, sentence)).toEqual(expected);
  });
});
