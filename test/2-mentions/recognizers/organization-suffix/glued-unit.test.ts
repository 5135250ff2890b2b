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

describe('unitByGluedEnding: an ending that names a unit only glued to its parent', () => {
  const rows: [label: string, text: string, word: string, expected: string][] = [
    ['a division (…处) glued to a bureau known before it', '来源：湖北省广播电视局网络视听节目管理处', '管理处', '湖北省广播电视局网络视听节目管理处 of 湖北省广播电视局 [湖北省广播电视局]'],
    ['a department (…系) of a university', '王立新毕业于北京大学中文系，后赴青川工作。', '中文系', '北京大学中文系 of 北京大学 [北京大学]'],
    ['a 处 standing alone after the unit\'s words', '青川省广播电视局电视剧处负责同志发言。', '处', '青川省广播电视局电视剧处 of 青川省广播电视局 [青川省广播电视局]'],
    ['a preparatory group (…组) of an association found before it', '青川省网络视听节目服务协会筹备组成立。', '筹备组', '青川省网络视听节目服务协会筹备组 of 青川省网络视听节目服务协会 [青川省网络视听节目服务协会]'],
    ['hard: a common word with the ending (体系) is no unit', '阿里巴巴集团体系内各公司参加。', '体系', 'none'],
    ['the ending alone right after the parent names nothing', '青川省广播电视局处理了投诉。', '局', '青川省广播电视局'],
    ['an ending without a parent before it names nothing', '电视剧处负责同志介绍了情况。', '处', 'none'],
  ];
  it.each(rows)('%s', (_label, text, word, expected) => expect(unitEndingAt(text, word)).toBe(expected));
});
