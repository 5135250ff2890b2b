import { describe, expect, it } from 'vitest';
import { readDocumentMeta, resolveDate } from '../../src/1-segment/document-meta.js';

describe('readDocumentMeta: date', () => {
  const rows: [label: string, text: string, date: string | undefined][] = [
    ['a spaced Chinese date from a PDF header', '微短剧创作迎来新机遇\n2024 年 9 月 9 日 来源：某某视听观察\n正文。', '2024-09-09'],
    ['a compact Chinese date', '标题\n2023年12月1日\n正文', '2023-12-01'],
    ['a source|date header line', '平台发布年度片单\n娱乐资本论|2024-04-01\n正文', '2024-04-01'],
    ['a slashed date', '标题\n发布时间：2024/04/01 10:00', '2024-04-01'],
    ['the first full date wins', '标题\n2024年9月9日\n活动将于2024年10月1日举行', '2024-09-09'],
    ['an impossible month gives no date', '标题\n2024年13月1日', undefined],
    ['a month-day phrase alone is no document date', '标题\n9月2日，会议召开。', undefined],
  ];
  it.each(rows)('%s', (_label, text, date) => {
    expect(readDocumentMeta(text).date).toBe(date);
  });
});

describe('readDocumentMeta: title and source', () => {
  it('takes the first line as title and the name before | as source', () => {
    const meta = readDocumentMeta('平台发布年度片单\n娱乐资本论|2024-04-01\n正文。');
    expect(meta).toEqual({ date: '2024-04-01', title: '平台发布年度片单', source: '娱乐资本论' });
  });

  it('reads a 来源： line as source', () => {
    expect(readDocumentMeta('标题\n2024年9月9日 来源：某某视听观察\n正文').source).toBe('某某视听观察');
  });

  it('takes an organization line as source when told what organizations are', () => {
    const meta = readDocumentMeta('标题\n某某网络视听协会\n2024年9月9日\n正文', (s) => s === '某某网络视听协会');
    expect(meta.source).toBe('某某网络视听协会');
  });

  it('skips lines starting with a digit when choosing the title', () => {
    expect(readDocumentMeta('2024年9月9日\n平台发布年度片单\n正文').title).toBe('平台发布年度片单');
  });
});

describe('resolveDate', () => {
  const rows: [label: string, phrase: string, documentDate: string | undefined, expected: string | undefined][] = [
    ['a day earlier in the same month', '9月2日', '2024-09-09', '2024-09-02'],
    ['a spaced month-day phrase', '5 月 30 日', '2024-09-09', '2024-05-30'],
    ['a December phrase in a January document is last year', '12月28日', '2025-01-05', '2024-12-28'],
    ['a date a few months ahead stays in the same year', '11月20日', '2024-09-09', '2024-11-20'],
    ['a full date needs no document date', '2023年7月1日', undefined, '2023-07-01'],
    ['a full date ignores the document date', '2023 年 7 月 1 日', '2025-01-01', '2023-07-01'],
    ['a month-day phrase without a document date is unknown', '9月2日', undefined, undefined],
    ['no date in the phrase', '近日', '2024-09-09', undefined],
    ['an impossible day', '9月32日', '2024-09-09', undefined],
  ];
  it.each(rows)('%s', (_label, phrase, documentDate, expected) => {
    expect(resolveDate(phrase, documentDate)).toBe(expected);
  });
});
