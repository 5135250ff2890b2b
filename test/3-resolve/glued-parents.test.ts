import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';

/** `type name [mention texts]` of each organization a text resolves to. */
function organizations(text: string): string[] {
  return extract(text, { date: '2024-05-01' }).entities.filter((e) => e.type === 'organization')
    .map((e) => `${e.name} [${e.mentions.map((m) => m.text).join(', ')}]`);
}

describe('a subsidiary written after its parent\'s name', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['parent + subsidiary is one mention of the subsidiary; the parent keeps its own', '阿里巴巴集团阿里影业总裁李明远出席活动。',
      ['阿里影业 [阿里巴巴集团阿里影业]', '阿里巴巴集团 [阿里巴巴集团]']],
    ['a body after another that is not its parent stays apart', '腾讯阿里影业联合出品。',
      ['腾讯 [腾讯]', '阿里影业 [阿里影业]']],
  ];
  it.each(rows)('%s', (_label, text, expected) => expect(organizations(text)).toEqual(expected));
  it('the text states the link: the subsidiary is part_of its parent', () => {
    const { relations } = extract('腾讯微信负责人李明远出席活动。', { date: '2024-05-01' });
    expect(relations.filter((r) => r.type === 'part_of').map((r) => `${r.source} → ${r.target}`)).toEqual(['organization:微信 → organization:腾讯']);
  });
});
