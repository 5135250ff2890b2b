import { describe, expect, it } from 'vitest';
import { longestSuffix } from '../../../../src/dictionary/compile.js';
import { isWholeOrganizationToken, wholeOrganization } from '../../../../src/2-mentions/recognizers/organization-suffix/whole-organization.js';
import { contextOf, endOf, tokenEndingAt } from './support.js';

/** The token ending with `word` of `text`: whether jieba knows it whole as an organization, and what it yields. */
function readWhole(text: string, word: string): string {
  const sc = contextOf(text);
  const end = endOf(text, word);
  const tok = sc.ctx.tokens[tokenEndingAt(sc, end)]!;
  const suffix = longestSuffix(text, sc.ctx.dictionary.organizationSuffixes, 8, end)!;
  if (!isWholeOrganizationToken(sc, tok, suffix.cue)) return 'not whole';
  const c = wholeOrganization(sc, tok, suffix);
  return c ? `${c.name} ${c.subtype} ${c.priority}` : 'none';
}

describe('wholeOrganization', () => {
  const rows: [label: string, text: string, word: string, expected: string][] = [
    ['a country before a ministry jieba knows whole makes it that country\'s', '美国教育部宣布新政策。', '教育部', '美国教育部 foreign_government 11'],
    ['a known organization is left to the dictionary', '中国人民银行发布数据。', '中国人民银行', 'none'],
    ['a word cut at its ending is not whole', '青川省网络视听协会召开会员大会。', '协会', 'not whole'],
    ['a common word jieba tags nt (新格局) is no organization', '青川市构建视听融合传播新格局。', '新格局', 'not whole'],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => expect(readWhole(text, word)).toBe(expected));
});
