import { describe, expect, it } from 'vitest';
import { bylines } from '../../../../src/2-mentions/recognizers/person/byline.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('bylines', () => {
  const rows: Row[] = [
    ['the whole name between 记者 and the closing bracket', '本报北京5月3日电（记者韩立波涛）星澜影业今日发布新片。', ['official:韩立波涛/media']],
    ['the name after 记者 and a space, closed by the line\'s end', '星澜新闻记者 陈晓舟\n2024-05-03', ['official:陈晓舟/media']],
    ['the name in a dateline\'s brackets', '星澜网成都5月3日电（许立桐）作为本届大会的活动之一，', ['official:许立桐/media']],
    ['a headline\'s words after a title, closed by the line\'s end, are no name', '星澜电视台历届台长任期表\n2009-09-13', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(bylines, sentence)).toEqual(expected);
  });
});
