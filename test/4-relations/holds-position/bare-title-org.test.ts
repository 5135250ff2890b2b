import { describe, expect, it } from 'vitest';
import { orgOfBareTitle } from '../../../src/4-relations/holds-position/bare-title-org.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, title: string, org: string | undefined];

describe('orgOfBareTitle', () => {
  const rows: Row[] = [
    ['a bare 集团 refers to the group named before', '星澜传媒集团宣布，王海涛任集团总经理。', '总经理', '星澜传媒集团'],
    ['a title after a clause naming the company', '星澜影业成立于2015年，法定代表人王海涛。', '法定代表人', '星澜影业'],
    ['a byline after a dateline, at the outlet opening it', '青川日报北京3月2日电(记者王海涛)由国家广播电视总局主办的活动2日在京启动。', '记者', '青川日报'],
    ['…after 消息, in full-width brackets', '青川日报消息（记者王海涛）：星澜影业与芒果TV举行签约仪式。', '记者', '青川日报'],
    ['a bracket after no dateline refers to nothing', '星澜影业发布片单(记者王海涛)。', '记者', undefined],
    ['a title opening the sentence refers to nothing', '总经理王海涛出席会议。', '总经理', undefined],
    ['a title opening a paragraph refers to the last body of its sort', '青川省网络视听协会成立大会在京召开，星澜影业派员出席。\n会长王海涛表示，协会将服务会员。', '会长', '青川省网络视听协会'],
    ['…and to none when no body of its sort is named before', '星澜影业派员出席活动。\n会长王海涛表示，将服务会员。', '会长', undefined],
    ['a title inside a paragraph, after a full stop, refers to nothing', '青川省网络视听协会成立大会在京召开。会长王海涛表示，协会将服务会员。', '会长', undefined],
  ];
  it.each(rows)('%s', (_label, text, title, org) => {
    const ctx = relationContext(text);
    const at = text.indexOf(title);
    const view = sentenceViews(ctx).find((v) => v.sentence.start <= at && at < v.sentence.end)!;
    expect(orgOfBareTitle(positionLookups(ctx), view, at)?.entity.name).toBe(org);
  });
});
