import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';

/** The organizations a text resolves to, by name. */
function organizations(text: string): string[] {
  return extract(text, { date: '2024-05-01' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
}

describe('a name run over its head word said twice', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['…领导小组领导小组成员: the group, then its members', '青川传媒集团融合发展工作领导小组领导小组成员为:李明远、王海波。', ['青川传媒集团融合发展工作领导小组']],
  ];
  it.each(rows)('%s', (_label, text, expected) => expect(organizations(text)).toEqual(expected));
});
