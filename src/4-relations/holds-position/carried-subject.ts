import { unitFlags } from '../../1-segment/unit-flags.js';
import type { Span } from '../../2-mentions/span-index.js';
import { appointmentAfter } from '../../2-mentions/appointment.js';
import { isPerson, type SentenceView } from '../sentence-view.js';
import type { PositionLookups } from './lookups.js';
import type { StatedChain } from './posts-after-name.js';
import { titleChainAfter } from './title-chain-after.js';

/** What separates the clauses of a sentence. */
const CLAUSE_MARK = unitFlags('，,；;');
/** How far into its clause a name may stand and still be the clause's subject (信中任命|王海涛担任…): characters. */
const SUBJECT_REACH = 4;

/** Whether a person's name starts within the opening of the clause that starts at `start`: the clause has a subject of its own. */
function opensWithName(view: SentenceView, start: number): boolean {
  return view.mentions.some((m) => isPerson(m) && m.candidate.start >= start && m.candidate.start - start <= SUBJECT_REACH);
}

/**
 * The posts of later clauses with no subject of their own (王海涛任星澜影业董事长，全面负责经营，并不再
 * 担任青川传媒集团总裁一职): a clause that opens with a predicate of post, past an opener (并, 同时) and
 * adverbs, carries over the subject of the name `name` when that name opens its own clause and no
 * clause between opens with another name. The posts are former where the words before them say so.
 */
export function carriedPosts(lookups: PositionLookups, view: SentenceView, name: Span): StatedChain[] {
  const { dictionary: dict, text } = lookups.ctx;
  const { start, end } = view.sentence;
  let clauseStart = name.start;
  while (clauseStart > start && CLAUSE_MARK[text.charCodeAt(clauseStart - 1)] !== 1) clauseStart--;
  if (name.start - clauseStart > SUBJECT_REACH) return [];
  const out: StatedChain[] = [];
  for (let at = name.end; at < end; at++) {
    if (CLAUSE_MARK[text.charCodeAt(at)] !== 1) continue;
    if (opensWithName(view, at + 1)) break;
    const opener = dict.carriedClauseOpener.exec(text.slice(at + 1, at + 3))?.[0] ?? '';
    const post = appointmentAfter(dict, text, at + 1 + opener.length);
    if (!post) continue;
    const chain = titleChainAfter(lookups, post.at + post.predicate.length, end);
    const former = dict.formerPost.test(text.slice(at + 1, post.at + post.predicate.length));
    if (chain.length) out.push({ chain, ...(former ? { status: 'former' as const } : {}) });
  }
  return out;
}
