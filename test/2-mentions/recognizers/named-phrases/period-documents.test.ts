import { describe, expect, it } from 'vitest';
import { periodDocuments } from '../../../../src/2-mentions/recognizers/named-phrases/period-documents.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('periodDocuments', () => {
  const rows: Row[] = [
    ['a filing named by the period it covers', '青川影业集团有限公司发布截至2026年3月31日止的全年业绩公告。', ['document/notice:截至2026年3月31日止的全年业绩公告']],
    ['…not a period before words with no document cue', '截至2026年3月31日止的全年收入增长。', []],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(periodDocuments(relationContext(text), 'test'))).toEqual(names);
  });
});
