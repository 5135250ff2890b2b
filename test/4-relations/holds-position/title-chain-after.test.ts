import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { titleChainAfter } from '../../../src/4-relations/holds-position/title-chain-after.js';
import { relationContext } from '../../support.js';
import { chainText } from './chain.js';

type Row = [label: string, text: string, predicate: string, chain: string[]];

describe('titleChainAfter', () => {
  const rows: Row[] = [
    ['organization and two titles joined by 、', '王海涛任星澜影业总经理、董事长。', '任', ['星澜影业:总经理', ':董事长']],
    ['的 between organization and title', '王海涛作为星澜影业的总经理出席会议。', '作为', ['星澜影业:总经理']],
    ['a bare 集团 before the title', '星澜传媒集团宣布，王海涛任集团总经理。', '任', [':总经理']],
    ['an organization\'s second name in brackets before the titles', '王海涛任星澜传媒集团有限公司(青川广播电视台)党委书记、董事长。', '任', ['星澜传媒集团有限公司:党委书记', ':董事长']],
    ['a short second name in brackets, not recognized, before the title', '王海涛任青川省广播电视局(省局)局长。', '任', ['青川省广播电视局:局长']],
    ['no title after the predicate', '王海涛任职多年。', '任', []],
  ];
  it.each(rows)('%s', (_label, text, predicate, chain) => {
    const ctx = relationContext(text);
    const start = text.indexOf(predicate) + predicate.length;
    expect(chainText(titleChainAfter(positionLookups(ctx), start, text.length))).toEqual(chain);
  });
});
