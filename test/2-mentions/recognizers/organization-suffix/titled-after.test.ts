import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../src/5-extract/extractor.js';
import { titledAfter } from '../../../../src/2-mentions/recognizers/organization-suffix/titled-after.js';
import { contextOf, endOf } from './support.js';

describe('titledAfter', () => {
  const rows: [label: string, text: string, word: string, expected: boolean][] = [
    ['a title right after the name', '青川科技运营部总监王青川表示。', '运营部', true],
    ['a title after 的', '他是青川科技运营部的负责人。', '运营部', true],
    ['a title shared with a second unit joined by 和', '他是青川科技运营部和内容审核部的负责人。', '运营部', true],
    ['hard: a second unit but no title after it', '他走访了运营部和内容审核部。', '运营部', false],
    ['negative: no title at all', '运营部发布了新规。', '运营部', false],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => expect(titledAfter(contextOf(text), endOf(text, word))).toBe(expected));
});

describe('units of common words paired under one title', () => {
  const extractor = createExtractor();
  const orgs = (text: string) => extractor.extract(text).entities.filter((e) => e.type === 'organization').map((e) => e.name).sort();
  const rows: [label: string, text: string, expected: string[]][] = [
    ['two units sharing a title after 的', '王青川将继续作为运营部和内容审核部的负责人。', ['内容审核部', '运营部']],
    ['hard: the second unit does not swallow the first over 和', '王青川兼任运营部和内容审核部的负责人。', ['内容审核部', '运营部']],
    ['negative: no title, no unit', '王青川参观了运营部和内容审核部。', []],
    ['negative: generic words before the joiner', '王青川是全部和部分的负责人。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => expect(orgs(text)).toEqual(expected));
});
