import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { brandUnits } from '../../../../src/2-mentions/recognizers/organization-suffix/brand-unit.js';
import { contextOf } from './support.js';

describe('brandUnits', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['a platform\'s line of business before a title', '爱奇艺电商负责人王明出席。', ['爱奇艺电商 爱奇艺']],
    ['a line of two words', '快手生活服务负责人李华表示。', ['快手生活服务 快手']],
    ['not when the noun opens a longer noun (a field)', '快手电商业务增长迅速。', []],
    ['not a verb after the platform', '他在快手直播带货。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    const out: Candidate[] = [];
    brandUnits(contextOf(text), out);
    expect(out.map((c) => `${c.name} ${c.parent}`)).toEqual(expected);
  });
});
