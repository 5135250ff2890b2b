import { describe, expect, it } from 'vitest';
import { titlesOfListedName, type TitledName } from '../../../src/4-relations/holds-position/listed-names.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { titleChainBefore } from '../../../src/4-relations/holds-position/title-chain-before.js';
import { relationContext } from '../../support.js';
import { chainText } from './chain.js';

type Row = [label: string, text: string, first: string, second: string, expected: { chain: string[]; given?: string }];

/** The titles of `second`, read after `first` (itself read as holds-position reads it, with the organization of its titles). */
function listed(text: string, first: string, second: string) {
  const ctx = relationContext(text);
  const lookups = positionLookups(ctx);
  const firstChain = titleChainBefore(lookups, text.indexOf(first), 0);
  const previous: TitledName = { end: text.indexOf(first) + first.length, chain: firstChain, org: firstChain.at(-1)?.org ?? firstChain[0]?.org };
  const at = text.indexOf(second);
  const { chain, given } = titlesOfListedName(ctx, titleChainBefore(lookups, at, 0), previous, at);
  return { chain: chainText(chain), ...(given ? { given: given.entity.name } : {}) };
}

describe('titlesOfListedName', () => {
  const rows: Row[] = [
    ['a name right after a titled one holds its posts', '青川省广播电视局副局长王海涛、杨建国出席。', '王海涛', '杨建国', { chain: ['青川省广播电视局:副局长'] }],
    ['a title of its own without organization is at the one before', '青川省网络视听协会会长刘建国、副会长王晓东出席活动。', '刘建国', '王晓东', { chain: [':副会长'], given: '青川省网络视听协会' }],
    ['a party post passes any title on (党委书记…、总经理…)', '星澜影业党委书记刘建国、总经理王晓东出席活动。', '刘建国', '王晓东', { chain: [':总经理'], given: '星澜影业' }],
    ['a credit beside an executive is no post at his company (总裁…、导演…)', '星澜影业总裁刘建国、导演王晓东出席活动。', '刘建国', '王晓东', { chain: [':导演'] }],
    ['a name after 和 holds nothing of the one before', '青川省广播电视局副局长王海涛和杨建国出席。', '王海涛', '杨建国', { chain: [] }],
  ];
  it.each(rows)('%s', (_label, text, first, second, expected) => {
    expect(listed(text, first, second)).toEqual(expected);
  });
});
