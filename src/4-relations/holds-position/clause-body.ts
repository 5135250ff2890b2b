import { unitFlags } from '../../1-segment/unit-flags.js';
import type { Span } from '../../2-mentions/span-index.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import { isOrg, type SentenceView } from '../sentence-view.js';

/** What separates the clauses of a sentence. */
const CLAUSE_MARK = unitFlags('，,；;：:');

/** Whether `org` is named in a clause that cites a source (据新浪科技报道，…): the opening of its clause. */
function cited({ dictionary, text }: RelationContext, view: SentenceView, org: ResolvedMention): boolean {
  let start = org.candidate.start;
  while (start > view.sentence.start && CLAUSE_MARK[text.charCodeAt(start - 1)] !== 1) start--;
  return dictionary.citingOpener.test(text.slice(start, org.candidate.start));
}

/**
 * The organization the sentence of a name is about, for the posts its predicate gives that name none
 * and refer back to none: the last organization named before the name in its sentence (腾讯视频迎来高管
 * 调整，王海涛升任联席总裁; 成立星澜影视工作室，由王海涛兼任副总经理). A body inside a title (《…》) is
 * no actor of the sentence, nor is a source it cites (据新浪科技报道，王海涛升任总裁).
 */
export function clauseBody(ctx: RelationContext, view: SentenceView, name: Span): ResolvedMention | undefined {
  return view.actors.filter((m) => isOrg(m) && m.candidate.end <= name.start && !cited(ctx, view, m)).at(-1);
}
