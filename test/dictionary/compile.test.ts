/**
 * The patterns compileDictionary builds from word lists that once were regex literals in the rules:
 * each row is a string and whether the pattern (bundled dictionary) accepts it.
 */
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir, mergeDictionaries, parseDictionary } from '../../src/dictionary/load.js';

const dict = compileDictionary(loadDictionaryDir());

type Row = [label: string, input: string, expected: boolean];

describe('genericModifier (a name opening with it is generic)', () => {
  const rows: Row[] = [
    ['a demonstrative', '该', true],
    ['a level of government', '县区级融媒体', true],
    ['有关 before a noun', '有关部门', true],
    ['a proper name', '青川', false],
    ['the modifier inside, not at the start', '青川各级', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.genericModifier.test(input)).toBe(expected));
});

describe('fieldNouns (an ending before them opens a longer noun)', () => {
  const rows: Row[] = [
    ['an industry', '产业', true],
    ['one character', '界', true],
    ['a whole word only', '产业链', false],
    ['a name', '星澜', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.fieldNouns.has(input)).toBe(expected));
});

describe('unitSuffixes (endings of units inside an organization)', () => {
  const rows: Row[] = [
    ['a department', '部', true],
    ['a business group', '事业群', true],
    ['an office', '办公室', true],
    ['a bureau is a body of its own', '局', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.unitSuffixes.has(input)).toBe(expected));
});

describe('ownPlaceLevel (a name of the place the text is about)', () => {
  const rows: Row[] = [
    ['a province\'s bureau', '省广播电视局', true],
    ['an autonomous region\'s bureau', '自治区文旅厅', true],
    ['the province\'s party committee', '省委宣传部', false],
    ['the region\'s party committee', '自治区委宣传部', false],
    ['a name of its own', '青川传媒集团', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.ownPlaceLevel.test(input)).toBe(expected));
});

describe('leadingYearOrEdition (what varies between mentions of one event)', () => {
  const rows: [label: string, input: string, expected: string][] = [
    ['a year', '2024年青川微短剧大会', '青川微短剧大会'],
    ['a year without 年', '2024青川微短剧大会', '青川微短剧大会'],
    ['an edition in numerals', '第十二届青川微短剧大会', '青川微短剧大会'],
    ['an edition in digits', '第3届青川微短剧大会', '青川微短剧大会'],
    ['neither', '青川微短剧大会', '青川微短剧大会'],
    ['only at the start', '青川第十届微短剧大会', '青川第十届微短剧大会'],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(input.replace(dict.leadingYearOrEdition, '')).toBe(expected));

  it('joins the edition numerals of merged dictionaries', () => {
    const merged = mergeDictionaries(parseDictionary({ editionNumerals: '一二' }), parseDictionary({ editionNumerals: '三' }));
    expect(merged.editionNumerals).toBe('一二三');
    expect('第三届青川论坛'.replace(compileDictionary(merged).leadingYearOrEdition, '')).toBe('青川论坛');
  });
});
