import { describe, expect, it } from 'vitest';
import { organizationSuffix } from '../../../../src/2-mentions/recognizers/index.js';
import { contextOf, endOf } from './support.js';

/** What the organization-suffix recognizer finds ending at the end of `word`: the name and its parent, the parent's kept mention. */
function unitEndingAt(text: string, word: string): string {
  const sc = contextOf(text);
  const end = endOf(text, word);
  const found = organizationSuffix.recognize(sc.ctx).filter((c) => c.kind === 'organization' && c.end === end);
  const c = found.sort((a, b) => b.priority - a.priority)[0];
  if (!c) return 'none';
  const mention = c.parentMention ? ` [${text.slice(c.parentMention.start, c.parentMention.end)}]` : '';
  return `${c.name}${c.parent ? ` of ${c.parent}` : ''}${mention}`;
}

describe('gluedUnit: a unit of common words glued to its parent', () => {
  const rows: [label: string, text: string, word: string, expected: string][] = [
    ['a bureau glued to a department found before it (verbs inside, a title after)', '青川省民政厅社会组织管理局局长王立新出席成立大会。', '管理局', '青川省民政厅社会组织管理局 of 青川省民政厅 [青川省民政厅]'],
    ['a laboratory glued to a known organization, no name words before its ending', '人民日报社融合传播创新实验室主任王立新表示。', '实验室', '人民日报社融合传播创新实验室 of 人民日报社 [人民日报社]'],
    ['a research centre glued to a ministry known by its short name', '广电总局融合传播认知研究中心主任王立新表示。', '研究中心', '广电总局融合传播认知研究中心 of 国家广播电视总局 [广电总局]'],
    ['hard: without a title, a word that ends names on its left (组织) breaks the glue', '青川省民政厅组织开展监督管理中心建设。', '管理中心', 'none'],
    ['punctuation between: the unit stands alone', '青川省民政厅，社会组织管理局局长王立新出席。', '管理局', '管理局'],
    ['a company found by its ending is no parent (common words before 影视)', '星河影视表达工作室主任王立新表示。', '工作室', 'none'],
    ['a person between: no glue', '青川省民政厅王立新管理中心主任出席。', '管理中心', 'none'],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => expect(unitEndingAt(text, word)).toBe(expected));
});
