import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import type { SentenceView } from '../sentence-view.js';
import type { Predicate } from './predicates.js';

/** How many sentences back 双方 may refer. */
const REACH = 3;

/**
 * 双方 as the subject of a clause that names no actor before its verb (湖南卫视与芒果TV举行会谈。双方签署了…):
 * the last two parties joined by 与/和/同 (the dictionary's joinedParties) in this sentence before the clause
 * or in the few sentences before.
 */
export function bothParties(ctx: RelationContext, views: readonly SentenceView[], view: SentenceView, p: Predicate, accepts: (m: ResolvedMention) => boolean): ResolvedMention[] | undefined {
  const lead = ctx.text.slice(p.clauseStart, p.start);
  if (!/双方(?!的)/u.test(lead) || view.actors.some((a) => a.candidate.start >= p.clauseStart && a.candidate.end <= p.start)) return undefined;
  for (let i = view.index; i >= Math.max(0, view.index - REACH); i--) {
    const actors = views[i]!.actors.filter((a) => accepts(a) && a.candidate.end <= (i === view.index ? p.clauseStart : Infinity));
    for (let j = actors.length - 1; j > 0; j--) {
      const [a, b] = [actors[j - 1]!, actors[j]!];
      const joint = ctx.text.slice(a.candidate.end, b.candidate.start);
      if (a.entity.id !== b.entity.id && /[与和同]/u.test(joint) && ctx.dictionary.joinedParties.test(joint)) return [a, b];
    }
  }
  return undefined;
}
