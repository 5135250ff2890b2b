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
    ['two organizations joined by 及 share the title', '星澜影业及星澜传媒集团负责人王海涛出席。', '王海涛', ['星澜影业:负责人', '星澜传媒集团:负责人']],
    ['…and the chain goes on before them', '中央宣传部副部长，国家新闻出版广电总局及国家版权局局长王海涛出席。', '王海涛', ['中共中央宣传部:副部长', '国家新闻出版广电总局:局长', '国家版权局:局长']],
    ['a party joined by 与 shares no title', '星澜影业与芒果超媒董事长王海涛签约。', '王海涛', ['芒果超媒:董事长']],
    ['a title closing the clause before is not the name\'s', '王海涛任星澜影业总裁，李建国任总经理。', '李建国', []],
    ['no title before the name', '王海涛出席会议。', '王海涛', []],
  ];
  it.each(rows)('%s', (_label, text, name, chain) => {
    const ctx = relationContext(text);
    expect(chainText(titleChainBefore(positionLookups(ctx), text.indexOf(name), 0))).toEqual(chain);
  });
});
