import { describe, expect, it } from 'vitest';
import { joinedStart } from '../../../../src/2-mentions/recognizers/named-phrases/joined-events.js';
import { relationContext } from '../../../support.js';

type Row = [label: string, text: string, after: string, whole: string];

const EXTEND = { allowYear: true, allowQuotes: true, maxLength: 40 } as const;

describe('joinedStart', () => {
  const rows: Row[] = [
    ['an event named before 暨 joins the one after', '首届青川微短剧大会暨第十届星澜交易会在青川开幕。', '第十届星澜交易会', '首届青川微短剧大会暨第十届星澜交易会'],
    ['a name starting at 暨 reaches back over it', '2023星澜芒果节暨青川短视频征集活动启动仪式在青川举行。', '暨青川短视频征集活动启动仪式', '2023星澜芒果节暨青川短视频征集活动启动仪式'],
    ['a founding congress before 暨', '江北省微短剧协会成立大会暨第一次会员代表大会在太原召开。', '第一次会员代表大会', '江北省微短剧协会成立大会暨第一次会员代表大会'],
    ['no event before 暨: the name starts after it', '星澜战略合作签署暨青川播映典礼', '暨青川播映典礼', '青川播映典礼'],
    ['no 暨: the start is kept', '星澜影业在青川举办第三届星澜交易会。', '第三届星澜交易会', '第三届星澜交易会'],
  ];
  it.each(rows)('%s', (_label, text, after, whole) => {
    const ctx = relationContext(text);
    const start = text.indexOf(after);
    const end = start + after.length;
    expect(text.slice(joinedStart(ctx, start, EXTEND), end)).toBe(whole);
  });
});
