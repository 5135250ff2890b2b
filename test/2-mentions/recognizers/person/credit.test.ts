import { describe, expect, it } from 'vitest';
import { creditedNames } from '../../../../src/2-mentions/recognizers/person/credit.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('creditedNames', () => {
  const rows: Row[] = [
    ['a name before a verb of credit is an official of the media', '由韩立峰监制的微短剧《远山》上线。', ['official:韩立峰/media']],
    ['two credits in a row', '由冯远航出品、柯小海监制的微短剧《远山》上线。', ['official:冯远航/media', 'official:柯小海/media']],
    ['a company before a verb of credit is no person', '由星澜出品的微短剧《远山》上线。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(creditedNames, sentence)).toEqual(expected);
  });
});
