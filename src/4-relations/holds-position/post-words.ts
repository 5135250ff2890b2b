import type { CompiledDictionary } from '../../dictionary/compile.js';

/** What ends a clause after its posts: a mark, a line break or the end of the text. */
const CLAUSE_END = /^(?:[，,。；;：:！!？?、\n]|$)/u;

const gapAtStart = new WeakMap<CompiledDictionary, RegExp>();

/** Where the adverbs and dates after `at` end (王海涛|此前|为…): the gap of an appointment, read as appointment.ts does. */
export function pastAdverbs(dict: CompiledDictionary, text: string, at: number): number {
  let pattern = gapAtStart.get(dict);
  if (!pattern) gapAtStart.set(dict, (pattern = new RegExp(`^(?:${dict.appointmentGap.source})`, 'u')));
  for (let steps = 0, gap; steps < 4 && (gap = pattern.exec(text.slice(at, at + 16))); steps++) at += gap[0].length;
  return at;
}

/**
 * Whether the posts that end at `at` close their clause: a word of post (职务, 一职) may follow, then a
 * mark or the end (王海涛为星澜影业总经理。 yes; 王海涛为星澜影业总经理李明颁奖 no: the title is the next
 * name's). With `postWord`, the word of post is required (免去王海涛的…局长职务).
 */
export function closesClause(dict: CompiledDictionary, text: string, at: number, postWord: boolean): boolean {
  const word = dict.postWordAfter.exec(text.slice(at, at + 4))?.[0];
  if (postWord && word === undefined) return false;
  return CLAUSE_END.test(text.slice(at + (word?.length ?? 0), at + (word?.length ?? 0) + 1));
}

/** A second name in brackets right after a person's name (王海涛(Tom)任…, 王海涛（海哥）担任…): no mark inside, at most ten characters. */
const NAME_IN_BRACKETS = /^[(（][^()（），,。；;、\n]{1,10}[)）]/u;

/** Past a second name in brackets after a person's name, where the predicate that gives the post may follow. */
export const pastSecondName = (text: string, at: number): number => at + (NAME_IN_BRACKETS.exec(text.slice(at, at + 12))?.[0].length ?? 0);
