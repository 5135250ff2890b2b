import type { RelationContext } from '../index.js';
import type { SentenceView } from '../sentence-view.js';
import { clauseStart } from './clauses.js';

/** One predicate of a clause: a verb of the dictionary's class, where it stands and where its clause begins. */
export interface Predicate {
  /** The predicate class (a key of the dictionary's relationVerbs). */
  class: string;
  verb: string;
  start: number;
  end: number;
  /** Where the clause of the verb begins (a 由…主办 clause counts from 由). */
  clauseStart: number;
}

/** The predicates of class `cls` in the sentence of `view`, in text order. */
export function predicatesOf(ctx: RelationContext, view: SentenceView, cls: string): Predicate[] {
  const verbs = ctx.dictionary.relationVerbs.get(cls);
  if (!verbs) return [];
  const s = view.sentence;
  return [...s.text.matchAll(verbs)].map((m) => {
    const start = s.start + m.index;
    return { class: cls, verb: m[0], start, end: start + m[0].length, clauseStart: clauseStart(ctx.text, start, s.start) };
  });
}
