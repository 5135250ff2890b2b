import { describe, expect, it } from 'vitest';
import { longestSuffix } from '../../../../src/dictionary/compile.js';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { headStart, nameStart, namedBySuffix } from '../../../../src/2-mentions/recognizers/organization-suffix/named-by-suffix.js';
import { contextOf, endOf, tokenEndingAt } from './support.js';

/** The word `word` of `text` read as an organization's ending: its head word, then the whole name (or why none). */
function readEnding(text: string, word: string): { head: string | undefined; found: string } {
  const sc = contextOf(text);
  const end = endOf(text, word);
  const tok = sc.ctx.tokens[tokenEndingAt(sc, end)]!;
  const suffix = longestSuffix(text, sc.ctx.dictionary.organizationSuffixes, 8, end)!;
  const suffixStart = headStart(sc, tok, suffix.cue);
  if (suffixStart === undefined) return { head: undefined, found: 'no head word' };
  const brands: Candidate[] = [];
  const c = namedBySuffix(sc, nameStart(sc, suffixStart, suffix), suffixStart, end, suffix, brands);
  const found = c ? `${c.name} ${c.subtype}${c.unit ? ' unit' : ''}${c.parent ? ` of ${c.parent}` : ''}` : brands[0] ? `brand? ${brands[0].name}` : 'none';
  return { head: text.slice(suffixStart, end), found };
}

describe('headStart', () => {
  const rows: [label: string, text: string, word: string, expected: string | undefined][] = [
    ['the ending when a token starts there', '青川省网络视听协会召开会员大会。', '协会', '协会'],
    ['a compound head word ending with the suffix (通讯部/n)', '尼日利亚通讯部与我方举行会谈。', '通讯部', '通讯部'],
    ['a predicate is no head word (带队)', '王青川带队出席活动。', '带队', undefined],
    ['a generic word ending like a body is no head word (干部)', '青川省委管理干部名单公布。', '干部', undefined],
    ['a generic word jieba knows whole (上市公司)', '净利润归属于上市公司股东。', '上市公司', undefined],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => expect(readEnding(text, word).head).toBe(expected));
});

describe('namedBySuffix', () => {
  const rows: [label: string, text: string, word: string, expected: string][] = [
    ['a proper-noun tag before the ending', '青川省网络视听协会召开会员大会。', '协会', '青川省网络视听协会 association'],
    ['a foreign country\'s ministry', '尼日利亚通讯部与我方举行会谈。', '通讯部', '尼日利亚通讯部 foreign_government'],
    ['a word jieba had to guess, before a research ending', '据星澜研究院统计，市场规模达500亿元。', '研究院', '星澜研究院 research'],
    ['a name followed by a title', '星河影业CEO陈志远表示，公司将加大投入。', '影业', '星河影业 company'],
    ['a channel named by its number', '该剧也将登陆青川电视台、12频道等当地电视台。', '频道', '12频道 broadcaster'],
    ['a unit being set up', '青川科技宣布成立手机部。', '手机部', '手机部 government unit'],
    ['common words may be a brand: left to the sentence', '据晨曦研究院统计，用户规模持续增长。', '研究院', 'brand? 晨曦研究院'],
    ['a generic modifier (该)', '青川传媒与该公司签约。', '公司', 'none'],
    ['a generic modifier (有关)', '有关协会表示将加强管理。', '协会', 'none'],
    ['a generic modifier (各级)', '各级广播电视台要加强管理。', '电视台', 'none'],
    ['a quarter is a time, not a brand (Q1集团)', '星澜控股：2024年Q1集团净利润增长。', '集团', 'none'],
    ['a government body before 政府 names no government (国务院政府特殊津贴)', '他享受国务院政府特殊津贴。', '政府', 'none'],
    ['a mission abroad named from the country that sends it (驻)', '中国驻泰国大使馆举行招待会。', '大使馆', '中国驻泰国大使馆 other'],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => expect(readEnding(text, word).found).toBe(expected));
});
