import { describe, expect, it } from 'vitest';
import { mergeFamilyNames } from '../../src/3-resolve/merge-people.js';
import { lines, tableOf, type Spans } from './support.js';

type Row = [label: string, text: string, spans: Spans, expected: string[]];

describe('mergeFamilyNames', () => {
  const rows: Row[] = [
    ['a bare family name joins the full transliteration', '奥卢·阿德耶米抵达。阿德耶米表示欢迎。', [['person', '奥卢·阿德耶米'], ['person', '阿德耶米']],
      ['person:奥卢·阿德耶米 (阿德耶米) ×2']],
    ['of an official too', '部长奥卢·阿德耶米抵达。阿德耶米表示欢迎。', [['official', '奥卢·阿德耶米'], ['official', '阿德耶米']],
      ['official:奥卢·阿德耶米 (阿德耶米) ×2']],
    ['with the other dot', '奥卢•阿德耶米抵达。阿德耶米表示欢迎。', [['person', '奥卢•阿德耶米'], ['person', '阿德耶米']],
      ['person:奥卢•阿德耶米 (阿德耶米) ×2']],
    ['a person never joins an official', '部长奥卢·阿德耶米抵达。阿德耶米表示欢迎。', [['official', '奥卢·阿德耶米'], ['person', '阿德耶米']],
      ['official:奥卢·阿德耶米 ×1', 'person:阿德耶米 ×1']],
    ['a given name is not a family name', '奥卢·阿德耶米抵达。奥卢表示欢迎。', [['person', '奥卢·阿德耶米'], ['person', '奥卢']],
      ['person:奥卢·阿德耶米 ×1', 'person:奥卢 ×1']],
    ['the first of two with one family name wins', '奥卢·阿德耶米与汤姆·阿德耶米抵达。阿德耶米表示欢迎。', [['person', '奥卢·阿德耶米'], ['person', '汤姆·阿德耶米'], ['person', '阿德耶米']],
      ['person:奥卢·阿德耶米 (阿德耶米) ×2', 'person:汤姆·阿德耶米 ×1']],
  ];
  it.each(rows)('%s', (_label, text, spans, expected) => {
    const table = tableOf(text, spans);
    mergeFamilyNames(table);
    expect(lines(table.all())).toEqual(expected);
  });
});
