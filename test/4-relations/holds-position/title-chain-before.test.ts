import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { titleChainBefore } from '../../../src/4-relations/holds-position/title-chain-before.js';
import { relationContext } from '../../support.js';
import { chainText } from './chain.js';

type Row = [label: string, text: string, name: string, chain: string[]];

describe('titleChainBefore', () => {
  const rows: Row[] = [
    ['organization and title', '星澜影业总经理王海涛出席会议。', '王海涛', ['星澜影业:总经理']],
    ['的 between organization and title', '星澜影业的总经理王海涛出席会议。', '王海涛', ['星澜影业:总经理']],
    ['two titles joined by 、 (the second names no organization)', '青川省广播电视局党组书记、局长王建林出席。', '王建林', ['青川省广播电视局:党组书记', ':局长']],
    ['a field between organization and title', '星澜影业人力资源负责人王明出席。', '王明', ['星澜影业:人力资源负责人']],
    ['a civil-service rank after a department (副巡视员)', '国家新闻出版署新闻报刊司副巡视员王海涛出席。', '王海涛', ['国家新闻出版署新闻报刊司:副巡视员']],
    ['a party-group title of an association (分党组成员), then its second title', '中国电视艺术家协会分党组成员、副秘书长王海涛出席。', '王海涛', ['中国电视艺术家协会:分党组成员', ':副秘书长']],
    ['no title before the name', '王海涛出席会议。', '王海涛', []],
  ];
  it.each(rows)('%s', (_label, text, name, chain) => {
    const ctx = relationContext(text);
    expect(chainText(titleChainBefore(positionLookups(ctx), text.indexOf(name), 0))).toEqual(chain);
  });
});
