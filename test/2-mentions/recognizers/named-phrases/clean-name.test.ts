import { describe, expect, it } from 'vitest';
import { clean } from '../../../../src/2-mentions/recognizers/named-phrases/clean-name.js';

type Row = [label: string, name: string, cleaned: string];

describe('clean', () => {
  const rows: Row[] = [
    ['a wholly quoted name drops its quotes', '“星澜计划”', '星澜计划'],
    ['straight quotes too', '"星澜计划"', '星澜计划'],
    ['quotes inside a name stay', '“星澜之夜”音乐节', '“星澜之夜”音乐节'],
    ['two quoted parts are not one quoted name', '“星澜”与“青川”', '“星澜”与“青川”'],
    ['outer spaces go', ' 星澜大赛 ', '星澜大赛'],
  ];
  it.each(rows)('%s', (_label, name, cleaned) => {
    expect(clean(name)).toBe(cleaned);
  });
});
