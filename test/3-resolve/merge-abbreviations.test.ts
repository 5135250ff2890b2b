import { describe, expect, it } from 'vitest';
import { mergeHeadlineAbbreviations } from '../../src/3-resolve/merge-abbreviations.js';
import { lines, tableOf, type Spans } from './support.js';

type Row = [label: string, text: string, spans: Spans, expected: string[]];

describe('mergeHeadlineAbbreviations', () => {
  const rows: Row[] = [
    ['a headline abbreviation of a document joins its full title', '青川微短剧扶持计划发布。青川大视听·网络微短剧“初光”2.0扶持计划发布。',
      [['document', '青川微短剧扶持计划'], ['document', '青川大视听·网络微短剧“初光”2.0扶持计划']],
      ['document:青川大视听·网络微短剧“初光”2.0扶持计划 (青川微短剧扶持计划) ×2']],
    ['of an event too', '青川短剧创作大会举行。青川网络短剧精品创作大会举行。', [['event', '青川短剧创作大会'], ['event', '青川网络短剧精品创作大会']],
      ['event:青川网络短剧精品创作大会 (青川短剧创作大会) ×2']],
    ['a different first character stays apart', '白沙微短剧扶持计划发布。青川大视听·网络微短剧扶持计划发布。',
      [['document', '白沙微短剧扶持计划'], ['document', '青川大视听·网络微短剧扶持计划']],
      ['document:白沙微短剧扶持计划 ×1', 'document:青川大视听·网络微短剧扶持计划 ×1']],
    ['a name under six characters stays apart', '青扶持计划发布。青川大视听扶持计划发布。', [['document', '青扶持计划'], ['document', '青川大视听扶持计划']],
      ['document:青扶持计划 ×1', 'document:青川大视听扶持计划 ×1']],
    ['characters out of order stay apart', '青川剧微短扶持计划发布。青川大视听·网络微短剧扶持计划发布。',
      [['document', '青川剧微短扶持计划'], ['document', '青川大视听·网络微短剧扶持计划']],
      ['document:青川剧微短扶持计划 ×1', 'document:青川大视听·网络微短剧扶持计划 ×1']],
    ['organizations are not compared', '青川广电集团。青川广播电视集团。', [['organization', '青川广电集团'], ['organization', '青川广播电视集团']],
      ['organization:青川广电集团 ×1', 'organization:青川广播电视集团 ×1']],
  ];
  it.each(rows)('%s', (_label, text, spans, expected) => {
    const table = tableOf(text, spans);
    mergeHeadlineAbbreviations(table);
    expect(lines(table.all())).toEqual(expected);
  });
});
