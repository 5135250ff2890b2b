import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { sentenceViews } from './sentence-view.js';
import { pushChainFacts } from './holds-position/chain-facts.js';
import { carriedPosts } from './holds-position/carried-subject.js';
import { clauseBody } from './holds-position/clause-body.js';
import { creditFacts } from './holds-position/credits.js';
import { titlesOfListedName, type TitledName } from './holds-position/listed-names.js';
import { positionLookups } from './holds-position/lookups.js';
import { memberFacts } from './holds-position/members.js';
import { postsAfterName } from './holds-position/posts-after-name.js';
import { tenureOf } from './holds-position/tenure.js';
import { titleChainBefore } from './holds-position/title-chain-before.js';

/**
 * holds_position from title chains: 中央宣传部副部长，国家广播电视总局党组书记、局长曹淑敏 gives three
 * positions at two organizations (a title without its own organization takes the one on its left);
 * X同志任省委宣传部部长 and 兼任手机部总裁 give positions to the right of the name; a bare 集团 or 局长
 * refers back to the organization named before. For each official of a sentence, in this order: the
 * titles before the name (or those of the name listed before it), then the posts its predicates give
 * after it (or the predicate of the last name joined to it: X和Y升任…), at the body the sentence is about
 * when they name none (星澜影业宣布，X出任首席执行官), and those of later clauses that carry its
 * subject over (X任…，全面负责…，并不再担任…); then the credits lines (责编：…) and the members listed after a body (…领导小组成员为：A、B). The sub-rules are in holds-position/.
 */
export const holdsPosition: RelationRule = {
  name: 'holds-position',
  relate(ctx: RelationContext): RelationCandidate[] {
    const out: RelationCandidate[] = [];
    const lookups = positionLookups(ctx);
    for (const view of sentenceViews(ctx)) {
      const people = view.mentions.filter((m) => m.entity.type === 'official');
      let previous: TitledName | undefined;
      for (const person of people) {
        const name = person.candidate;
        const own = titleChainBefore(lookups, name.start, view.sentence.start);
        const { chain, given } = titlesOfListedName(ctx, own, previous, name.start);
        const current: TitledName = { end: name.end, chain };
        previous = current;
        current.org = pushChainFacts(lookups, view, person, { chain, given }, out);
        // Most names have no post after them: the clause's body is looked for only when one does.
        const stated = [...postsAfterName(lookups, name, view.sentence), ...carriedPosts(lookups, view, name)];
        const body = stated.length > 0 ? clauseBody(ctx, view, name) : undefined;
        for (const post of stated) pushChainFacts(lookups, view, person, { ...post, body }, out);
      }
      out.push(...creditFacts(lookups, view, people), ...memberFacts(lookups, view, people));
    }
    // The dates the text gives a post (2019年起任…, 2023年卸任) become its from / to.
    for (const r of out) {
      const { from, to } = tenureOf(ctx.dictionary, ctx.text, r.sentence, r.source.candidate, r.titleSpan?.end ?? r.source.candidate.end);
      if (from !== undefined) r.from = from;
      if (to !== undefined) r.to = to;
    }
    return out;
  },
};
