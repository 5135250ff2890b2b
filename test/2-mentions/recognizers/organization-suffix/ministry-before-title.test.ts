import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { ministriesBeforeTitles } from '../../../../src/2-mentions/recognizers/organization-suffix/ministry-before-title.js';
import { contextOf } from './support.js';

describe('ministriesBeforeTitles', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['a foreign ministry whose 部 opens 部长', '尼日利亚通讯部长奥卢·阿德耶米会见代表团。', ['尼日利亚通讯部 foreign_government']],
    ['the ending written twice is read as written', '尼日利亚通讯部部长奥卢·阿德耶米会见代表团。', []],
    ['a name without a place or known body', '青川通讯部长王青川出席。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    const out: Candidate[] = [];
    ministriesBeforeTitles(contextOf(text), out);
    expect(out.map((c) => `${c.name} ${c.subtype}`)).toEqual(expected);
  });
});
