import { describe, expect, it } from 'vitest';
import { orgOfBareTitle } from '../../../src/4-relations/holds-position/bare-title-org.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';
import { positionFacts } from './facts.js';

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
    ['a collective title refers to the body its bare word ends', '星澜传媒集团召开大会。集团领导王海涛、杨建国出席。', '集团领导', '星澜传媒集团'],
    ['…past a nearer body of another ending', '青川广播电视台与星澜传媒集团签约。台领导王海涛出席。', '台领导', '青川广播电视台'],
    ['…and to none when no body ends with it', '星澜影业召开大会。集团领导王海涛出席。', '集团领导', undefined],
    ['a title inside a paragraph, after a full stop, refers to nothing', '青川省网络视听协会成立大会在京召开。会长王海涛表示，协会将服务会员。', '会长', undefined],
  ];
  it.each(rows)('%s', (_label, text, title, org) => {
    const ctx = relationContext(text);
    const at = text.indexOf(title);
    const view = sentenceViews(ctx).find((v) => v.sentence.start <= at && at < v.sentence.end)!;
    expect(orgOfBareTitle(positionLookups(ctx), view, at)?.entity.name).toBe(org);
  });
});

describe('a collective title (集团领导A、B) gives each person listed after it the title at its body', () => {
  const rows: [label: string, text: string, facts: string[]][] = [
    ['each listed leader', '星澜传媒集团召开大会。集团领导王海涛、杨建国出席。', ['杨建国>星澜传媒集团:集团领导', '王海涛>星澜传媒集团:集团领导']],
    ['no body of that ending named: no post', '星澜影业召开大会。集团领导王海涛、杨建国出席。', []],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
