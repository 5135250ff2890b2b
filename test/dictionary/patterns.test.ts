import { describe, expect, it } from 'vitest';
import { composePatterns, type ComposedPatterns } from '../../src/dictionary/patterns.js';
import { loadDictionaryDir, parseDictionary } from '../../src/dictionary/load.js';

type PatternKey = Exclude<keyof ComposedPatterns, 'relationVerbs'>;

describe('composePatterns (the bundled grammar)', () => {
  const patterns = composePatterns(loadDictionaryDir());

  // Invented sentences; each row: does the pattern match the whole string (or its start), and what does it match?
  const rows: [label: string, key: PatternKey, input: string, expected: string | undefined][] = [
    ['a paragraph opens with a date', 'paragraphOpener', '2025 年3月，星澜影业发布…', '2025 年'],
    ['a paragraph opens with 近日', 'paragraphOpener', '近日，星澜影业宣布…', '近日'],
    ['a paragraph opens with 据', 'paragraphOpener', '据星澜研究院统计…', '据'],
    ['a paragraph opens with a numbered item', 'paragraphOpener', '3、加强内容审核', '3、'],
    ['a sentence going on opens none', 'paragraphOpener', '影业的总经理', undefined],
    ['a year with 度', 'yearish', '2024年度', '2024年度'],
    ['an ordinal', 'yearish', '第十三', '第十三'],
    ['an edition with 百 and 零', 'yearish', '第一百零八届', '第一百零八届'],
    ['a quarter', 'yearish', '第三季度', '第三季度'],
    ['an edition without 第', 'yearish', '十三届', '十三届'],
    ['百 without a unit is no edition', 'yearish', '第一百', undefined],
    ['a word is no year', 'yearish', '星澜', undefined],
    ['an adverb before a joint act', 'beforeJointAct', '正式签署战略合作协议', '正式'],
    ['a venue and an adverb before it', 'beforeJointAct', '在杭州正式签署', '在杭州正式'],
    ['no joint act', 'beforeJointAct', '发布了新剧', undefined],
    ['a count after titles', 'workCountAfter', '《晨光》《远山》等十部作品获奖', '《晨光》《远山》等十部作品获奖'],
    ['an adverb and a place between subject and verb', 'subjectGap', '近日在杭州联合', '近日在杭州联合'],
    ['a count of parties', 'subjectGap', '等三个部门联合', '等三个部门联合'],
    ['a noun is no gap', 'subjectGap', '的总经理', undefined],
    ['an adverb and 与 join organizations', 'joinedParties', '将与', '将与'],
    ['、 joins them', 'joinedParties', '、', '、'],
    ['a verb does not', 'joinedParties', '收购', undefined],
    ['an edition before an organizer', 'editionLead', '第十届星澜影视大会', '第十届'],
    ['a year before an organizer', 'editionLead', '2025年星澜影视大会', '2025年'],
  ];

  it.each(rows)('%s', (_label, key, input, expected) => {
    expect(patterns[key].exec(input)?.[0]).toBe(expected);
  });

  it('reads the work cue after a count into its group', () => {
    expect(patterns.workCountAfter.exec('《晨光》等十部作品')?.[1]).toBe('作品');
  });
});

describe('composePatterns (a dictionary without the lists)', () => {
  const patterns = composePatterns(parseDictionary({}));

  it('matches what needs no word: a date opens a paragraph, 、 joins parties', () => {
    expect([patterns.paragraphOpener.test('2025年3月'), patterns.paragraphOpener.test('近日'), patterns.joinedParties.test('、'), patterns.joinedParties.test('与')])
      .toEqual([true, false, true, false]);
  });
});
