import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';

/** `name (aliases)` of each organization a text resolves to. */
function organizations(text: string): string[] {
  return extract(text, { date: '2024-05-01' }).entities.filter((e) => e.type === 'organization')
    .map((e) => `${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`);
}

describe('a unit named after either spelling of its parent', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['the parent by its name and by its alias: one unit, by the fuller name', '阿里巴巴集团宣布成立阿里巴巴集团数字文化工作领导小组。李明远担任阿里巴巴数字文化工作领导小组组长。',
      ['阿里巴巴集团', '阿里巴巴集团数字文化工作领导小组 (阿里巴巴数字文化工作领导小组)']],
    ['an alias of the parent and its head word is the parent', '阿里巴巴集团发布公告。阿里集团表示将继续投入。',
      ['阿里巴巴集团 (阿里集团)']],
    ['the parent and a legal form is the parent: the company that runs it', '阿里影业公司总裁李明远表示。阿里影业出品。',
      ['阿里影业 (阿里影业公司)']],
  ];
  it.each(rows)('%s', (_label, text, expected) => expect(organizations(text)).toEqual(expected));
});
