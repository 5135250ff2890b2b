/**
 * The patterns compileDictionary builds from grammar.json word lists (the lists that were regex literals
 * in the rules): each row is a string and whether the bundled dictionary's pattern accepts it.
 */
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir, mergeDictionaries, parseDictionary } from '../../src/dictionary/load.js';

const dict = compileDictionary(loadDictionaryDir());

type Pattern = 'nameMark' | 'eventVerbAfterCue' | 'signingOpening' | 'publisherLabel' | 'ownsUnit' | 'belongsTo' | 'ownedAfter';
type Row = [label: string, pattern: Pattern, input: string, expected: boolean];
type WordRow = [label: string, input: string, expected: boolean];

describe('compiled grammar patterns', () => {
  const rows: Row[] = [
    ['an edition with 第 marks a name', 'nameMark', '第五届青川', true],
    ['an edition without 第 (numeralChars)', 'nameMark', '十三届', true],
    ['a year marks a name', 'nameMark', '2024年', true],
    ['common words mark nothing', 'nameMark', '国际短片', false],
    ['举办 after a head word', 'eventVerbAfterCue', '举办', true],
    ['a noun after a head word', 'eventVerbAfterCue', '期间', false],
    ['nothing before the parties', 'signingOpening', '', true],
    ['a date before the parties', 'signingOpening', '9月5日', true],
    ['a word of time before the parties', 'signingOpening', '会上', true],
    ['a subject of its own before the parties', 'signingOpening', '记者获悉', false],
    ['出品： at the start of a line', 'publisherLabel', '片尾\n出品：', true],
    ['主办 : with spaces', 'publisherLabel', '主办 : ', true],
    ['a label inside a line', 'publisherLabel', '联合出品：', false],
    ['宣布成立 between owner and unit', 'ownsUnit', '正式宣布成立了', true],
    ['及其全资子公司', 'ownsUnit', '及其全资子公司', true],
    ['旗下的', 'ownsUnit', '旗下的', true],
    ['a verb of another kind', 'ownsUnit', '宣布收购', false],
    ['隶属于 between unit and owner', 'belongsTo', '隶属于', true],
    ['是 between unit and owner', 'belongsTo', '是', true],
    ['是 with more after it', 'belongsTo', '是由', false],
    ['旗下的 after the owner', 'ownedAfter', '旗下的一家', true],
    ['的全资子公司 after the owner', 'ownedAfter', '的全资子公司', true],
    ['的 alone after the owner', 'ownedAfter', '的合作伙伴', false],
  ];
  it.each(rows)('%s', (_label, pattern, input, expected) => {
    expect(dict[pattern].test(input)).toBe(expected);
  });
});


describe('genericModifier (a name opening with it is generic)', () => {
  const rows: WordRow[] = [
    ['a demonstrative', '该', true],
    ['a level of government', '县区级融媒体', true],
    ['有关 before a noun', '有关部门', true],
    ['a proper name', '青川', false],
    ['the modifier inside, not at the start', '青川各级', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.genericModifier.test(input)).toBe(expected));
});

describe('fieldNouns (an ending before them opens a longer noun)', () => {
  const rows: WordRow[] = [
    ['an industry', '产业', true],
    ['one character', '界', true],
    ['a whole word only', '产业链', false],
    ['a name', '星澜', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.fieldNouns.has(input)).toBe(expected));
});

describe('unitSuffixes (endings of units inside an organization)', () => {
  const rows: WordRow[] = [
    ['a department', '部', true],
    ['a business group', '事业群', true],
    ['an office', '办公室', true],
    ['a bureau is a body of its own', '局', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.unitSuffixes.has(input)).toBe(expected));
});

describe('ownPlaceLevel (a name of the place the text is about)', () => {
  const rows: WordRow[] = [
    ['a province\'s bureau', '省广播电视局', true],
    ['an autonomous region\'s bureau', '自治区文旅厅', true],
    ['the province\'s party committee', '省委宣传部', false],
    ['the region\'s party committee', '自治区委宣传部', false],
    ['a name of its own', '青川传媒集团', false],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(dict.ownPlaceLevel.test(input)).toBe(expected));
});

describe('editionLead (what varies between mentions of one event)', () => {
  const rows: [label: string, input: string, expected: string][] = [
    ['a year', '2024年青川微短剧大会', '青川微短剧大会'],
    ['a year without 年', '2024青川微短剧大会', '青川微短剧大会'],
    ['an edition in numerals', '第十二届青川微短剧大会', '青川微短剧大会'],
    ['an edition in digits', '第3届青川微短剧大会', '青川微短剧大会'],
    ['neither', '青川微短剧大会', '青川微短剧大会'],
    ['only at the start', '青川第十届微短剧大会', '青川第十届微短剧大会'],
  ];
  it.each(rows)('%s: %s', (_label, input, expected) => expect(input.replace(dict.editionLead, '')).toBe(expected));

  it('joins the edition numerals of merged dictionaries', () => {
    const merged = mergeDictionaries(parseDictionary({ eventEditionNumerals: '一二' }), parseDictionary({ eventEditionNumerals: '三' }));
    expect(merged.eventEditionNumerals).toBe('一二三');
    expect('第三届青川论坛'.replace(compileDictionary(merged).editionLead, '')).toBe('青川论坛');
  });
});
