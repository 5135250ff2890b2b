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
  /**
   * A verb (with 方 or 单位) heading a field of names, 出品方：A、B or 主办单位：A: the parties follow it and the
   * object is the one the text is about. `end` is then past the colon.
   */
  field?: boolean;
}

/** 方 or 单位 and a colon after a verb: a field label (出品方：, 主办单位：). */
const FIELD_LABEL = /^(?:方|单位)?[ \t]*[：:][ \t]*/u;

/** The predicates of class `cls` in the sentence of `view`, in text order. */
export function predicatesOf(ctx: RelationContext, view: SentenceView, cls: string): Predicate[] {
  const verbs = ctx.dictionary.relationVerbs.get(cls);
  if (!verbs) return [];
  const s = view.sentence;
  return [...s.text.matchAll(verbs)].map((m) => {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const label = FIELD_LABEL.exec(ctx.text.slice(end, end + 8));
    return { class: cls, verb: m[0], start, end: end + (label?.[0].length ?? 0), clauseStart: clauseStart(ctx.text, start, s.start), ...(label ? { field: true } : {}) };
  });
}
