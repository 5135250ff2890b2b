import { describe, expect, it } from 'vitest';
import { positionLookups } from '../../../src/4-relations/holds-position/lookups.js';
import { postsAfterName } from '../../../src/4-relations/holds-position/posts-after-name.js';
import { relationContext } from '../../support.js';
import { chainText } from './chain.js';

type Post = { chain: string[]; status?: 'former'; given?: string };
type Row = [label: string, text: string, name: string, posts: Post[]];

describe('postsAfterName', () => {
  const rows: Row[] = [
    ['one post', '王海涛任星澜影业总经理。', '王海涛', [{ chain: ['星澜影业:总经理'] }]],
    ['a former post, then the current one in the next clause', '王海涛曾任星澜影业总经理，现任青川省广播电视局局长。', '王海涛', [
      { chain: ['星澜影业:总经理'], status: 'former' }, { chain: ['青川省广播电视局:局长'] },
    ]],
    ['a résumé: former posts at two bodies, then the current one', '王海涛曾任星澜影业副总裁、首席运营官，青川传媒集团总裁，现任芒果超媒首席执行官。', '王海涛', [
      { chain: ['星澜影业:副总裁', ':首席运营官'], status: 'former' }, { chain: ['青川传媒集团:总裁'], status: 'former' }, { chain: ['芒果超媒:首席执行官'] },
    ]],
    ['a résumé clause is read only where it closes its clause', '王海涛曾任星澜影业总裁，青川传媒集团总裁李明出席。', '王海涛', [{ chain: ['星澜影业:总裁'], status: 'former' }]],
    ['a noun of post and a copula, after an opening that makes the posts former', '此前，王海涛的职务为中央宣传部副部长，国家版权局局长。', '王海涛', [
      { chain: ['中共中央宣传部:副部长'], status: 'former' }, { chain: ['国家版权局:局长'], status: 'former' },
    ]],
    ['an adverb passed over makes the post former', '王海涛此前任星澜影业总经理。', '王海涛', [{ chain: ['星澜影业:总经理'], status: 'former' }]],
    ['a capacity without an organization gives nothing', '王海涛作为总经理出席会议。', '王海涛', [{ chain: [] }]],
    ['a post at the organization joined', '王海涛加入星澜影业，担任首席执行官。', '王海涛', [{ chain: [':首席执行官'], given: '星澜影业' }]],
    ['a second name in brackets before the predicate', '王海涛(Tom)升任星澜传媒集团首席运营官。', '王海涛', [{ chain: ['星澜传媒集团:首席运营官'] }]],
    ['…but not a bracket with a clause in it', '王海涛(星澜影业，2019年)升任星澜传媒集团首席运营官。', '王海涛', []],
    ['no predicate', '王海涛出席会议。', '王海涛', []],
  ];
  it.each(rows)('%s', (_label, text, name, posts) => {
    const at = text.indexOf(name);
    const found = postsAfterName(positionLookups(relationContext(text)), { start: at, end: at + name.length }, { start: 0, end: text.length });
    expect(found.map((p) => ({ chain: chainText(p.chain), ...(p.status ? { status: p.status } : {}), ...(p.given ? { given: p.given.entity.name } : {}) }))).toEqual(posts);
  });
});
