/**
 * The patterns compileDictionary builds from grammar.json word lists (the lists that were regex literals
 * in the rules): each row is a string and whether the bundled dictionary's pattern accepts it.
 */
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir } from '../../src/dictionary/load.js';

const dict = compileDictionary(loadDictionaryDir());

type Pattern = 'nameMark' | 'eventVerbAfterCue' | 'signingOpening' | 'publisherLabel' | 'ownsUnit' | 'belongsTo' | 'ownedAfter';
type Row = [label: string, pattern: Pattern, input: string, expected: boolean];

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
