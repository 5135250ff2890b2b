import { describe, expect, it } from 'vitest';
import { pushChainFacts } from '../../../src/4-relations/holds-position/chain-facts.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { titleChainBefore } from '../../../src/4-relations/holds-position/title-chain-before.js';
import type { RelationCandidate } from '../../../src/4-relations/index.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';

type Row = [label: string, text: string, name: string, status: 'former' | undefined, facts: string[]];

describe('pushChainFacts', () => {
  const rows: Row[] = [
    ['each title at its own organization', '星澜影业总经理、青川省广播电视局局长王海涛出席。', '王海涛', undefined, ['星澜影业:总经理', '青川省广播电视局:局长']],
    ['a title without organization takes the one on its left', '青川省广播电视局党组书记、局长王建林出席。', '王建林', undefined, ['青川省广播电视局:党组书记', '青川省广播电视局:局长']],
    ['the chain\'s status on every fact', '星澜影业总经理王海涛出席会议。', '王海涛', 'former', ['星澜影业:总经理:former']],
    ['no organization, no fact', '总经理王海涛出席会议。', '王海涛', undefined, []],
  ];
  it.each(rows)('%s', (_label, text, name, status, facts) => {
    const ctx = relationContext(text);
    const lookups = positionLookups(ctx);
    const [view] = sentenceViews(ctx);
    const person = view!.mentions.find((m) => m.entity.name === name)!;
    const out: RelationCandidate[] = [];
    const last = pushChainFacts(lookups, view!, person, { chain: titleChainBefore(lookups, person.candidate.start, 0), ...(status ? { status } : {}) }, out);
    expect(out.map((r) => [r.target.entity.name, r.title, ...(r.status ? [r.status] : [])].join(':'))).toEqual(facts);
    expect(last?.entity.name).toBe(out.at(-1)?.target.entity.name);
  });
});
