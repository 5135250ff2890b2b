import { secondNameEnd, type ChainElement, type PositionLookups } from './lookups.js';
import { pastSecondName } from './post-words.js';

/** A bare 集团 or 公司 at the start of a string, for a title after a predicate (任集团总经理). */
const BARE_ORG_AHEAD = /^(?:集团|公司)/u;

/**
 * Name before title: the [org] title elements that start at `start` (right after a predicate) and end
 * before `limit`, joined by 、 or 兼 (任省委宣传部部长, 兼任手机部总裁).
 */
export function titleChainAfter(lookups: PositionLookups, start: number, limit: number): ChainElement[] {
  const { ctx, orgs, titles } = lookups;
  const chain: ChainElement[] = [];
  let at = start;
  while (at < limit) {
    const org = orgs.startingAt(at)[0]?.m;
    // 任集团总经理: a bare 集团 or 公司 before the title (the organization is found as for 集团总裁 before a name).
    const bare = org ? undefined : BARE_ORG_AHEAD.exec(ctx.text.slice(at, at + 2));
    // 任…集团有限公司(…电视台)党委书记, 免去…电视台(总台)台长职务: the organization's second name in brackets
    // (a short one need not be recognized) stands before the title.
    const titleAt = org ? (secondNameEnd(lookups, org) ?? pastSecondName(ctx.text, org.candidate.end)) : at + (bare ? bare[0].length : 0);
    const title = titles.startingAt(titleAt)[0] ?? (org && ctx.text[titleAt] === '的' ? titles.startingAt(titleAt + 1)[0] : undefined);
    if (!title) break;
    chain.push({ title, org });
    at = title.end;
    if (ctx.text[at] === '、' || ctx.text[at] === '兼') at++;
  }
  return chain;
}
