import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import type { SentenceView } from '../sentence-view.js';
import { clauseStart } from './clauses.js';

/**
 * The topic a clause without a subject speaks of: the last actor before `from` that opens a clause of
 * the sentence, alone or after a connective (the dictionary's clauseConnectives: 而, 同时), and is no
 * modifier (not followed by 的). 芒果TV近年来持续发力，日前还宣布了将拍摄《…》: 芒果TV. `from` is where the
 * clause of the verb begins; `accepts` the rule's own test of a subject.
 */
export function clauseTopic(ctx: RelationContext, view: SentenceView, from: number, accepts: (m: ResolvedMention) => boolean): ResolvedMention | undefined {
  const s = view.sentence;
  return view.actors.filter((a) => {
    if (!accepts(a) || a.candidate.end > from || ctx.text.startsWith('的', a.candidate.end)) return false;
    const gap = ctx.text.slice(clauseStart(ctx.text, a.candidate.start, s.start), a.candidate.start);
    return gap === '' || ctx.dictionary.clauseConnectives.has(gap);
  }).at(-1);
}
