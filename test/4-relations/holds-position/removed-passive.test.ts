import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { removedPassively } from '../../../src/4-relations/holds-position/removed-passive.js';
import { relationContext } from '../../support.js';
import { positionFacts } from './facts.js';

describe('removedPassively', () => {
  const rows: [label: string, text: string, name: string, predicate: string | undefined][] = [
    ['被免去 right after the name', '王海涛被免去星澜影业总经理职务。', '王海涛', '被免去'],
    ['an adverb and 被宣布 before it', '王海涛突然被宣布被免去星澜影业总经理职务。', '王海涛', '被宣布被免去'],
    ['not across a mark', '王海涛出席会议，李建国被免去星澜影业总经理职务。', '王海涛', undefined],
  ];
  it.each(rows)('%s', (_label, text, name, predicate) => {
    const at = text.indexOf(name);
    expect(removedPassively(positionLookups(relationContext(text)), { start: at, end: at + name.length })?.predicate).toBe(predicate);
  });
});

describe('holds_position after a passive removal', () => {
  const rows: [label: string, text: string, facts: string[]][] = [
    ['被免去…职务: former', '星澜影业总经理王海涛出席。王海涛被免去青川省广播电视局局长职务。', [
      '王海涛>星澜影业:总经理', '王海涛>青川省广播电视局:局长(former)',
    ]],
    ['an adverb and 被宣布 before it, two bodies', '星澜影业总经理王海涛出席。王海涛突然被宣布被免去青川传媒集团总裁、青川省广播电视局局长职务。', [
      '王海涛>星澜影业:总经理', '王海涛>青川传媒集团:总裁(former)', '王海涛>青川省广播电视局:局长(former)',
    ]],
    ['a short second name in brackets before the title', '星澜影业总经理王海涛出席。王海涛被免去青川省广播电视局(省局)局长职务。', [
      '王海涛>星澜影业:总经理', '王海涛>青川省广播电视局:局长(former)',
    ]],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
