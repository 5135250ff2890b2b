import { describe, expect, it } from 'vitest';
import { carriedPosts } from '../../../src/4-relations/holds-position/carried-subject.js';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { sentenceViews } from '../../../src/4-relations/sentence-view.js';
import { relationContext } from '../../support.js';
import { chainText } from './chain.js';
import { positionFacts } from './facts.js';

type Post = { chain: string[]; status?: 'former' };
type Row = [label: string, text: string, name: string, posts: Post[]];

const PROLOGUE = '星澜影业总经理王海涛、董事长李建国出席。';

describe('carriedPosts', () => {
  const rows: Row[] = [
    ['a later clause with no subject, opened by 并', `${PROLOGUE}王海涛任星澜影业董事长，全面负责公司经营，并不再担任青川传媒集团总裁一职。`, '王海涛', [
      { chain: ['青川传媒集团:总裁'], status: 'former' },
    ]],
    ['a clause opening with another name stops the subject', `${PROLOGUE}王海涛任星澜影业董事长，李建国负责经营，兼任青川传媒集团总裁。`, '王海涛', []],
    ['a name deep in its clause is not taken as the subject', `${PROLOGUE}星澜影业宣布任命王海涛为董事长，同时兼任青川传媒集团总裁。`, '王海涛', []],
  ];
  it.each(rows)('%s', (_label, text, name, posts) => {
    const ctx = relationContext(text);
    const view = sentenceViews(ctx)[1]!;
    const at = text.lastIndexOf(name);
    const found = carriedPosts(positionLookups(ctx), view, { start: at, end: at + name.length });
    expect(found.map((p) => ({ chain: chainText(p.chain), ...(p.status ? { status: p.status } : {}) }))).toEqual(posts);
  });
});

describe('holds_position of a subject carried over', () => {
  const rows: [label: string, text: string, facts: string[]][] = [
    ['the post given up in a later clause is former', `${PROLOGUE}王海涛任星澜影业董事长，全面负责公司经营，并不再担任青川传媒集团总裁一职。`, [
      '李建国>星澜影业:董事长', '王海涛>星澜影业:总经理', '王海涛>星澜影业:董事长', '王海涛>青川传媒集团:总裁(former)',
    ]],
  ];
  it.each(rows)('%s', (_label, text, facts) => {
    expect(positionFacts(text)).toEqual(facts);
  });
});
