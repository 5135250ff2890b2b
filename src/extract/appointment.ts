/**
 * How news gives a person a post: X任… / X兼任… / X曾任… (a predicate after the name) and 任命X为…
 * (a predicate of appointing before it, 为 after). The predicates are the dictionary's
 * (grammar.json appointmentVerbs, formerPostVerbs, appointingVerbs); the person recognizer (the
 * person is an official) and holds_position (the post) read them through here.
 */
import type { CompiledDictionary } from '../dictionary/compile.js';

/** What the character after 任 makes of it when it is no appointment (任务, 任何, 任意, 任职 …). */
export const NOT_APPOINTMENT_AFTER = /^[务何意性凭由职期]/u;

const sticky = new WeakMap<CompiledDictionary, RegExp>();
const endingWith = new WeakMap<CompiledDictionary, RegExp>();

/** The appointment predicate (任, 兼任, 曾任 …) that starts at `at` of the text, if any (not the 任 of 任务). */
export function appointmentAt(dict: CompiledDictionary, text: string, at: number): string | undefined {
  let pattern = sticky.get(dict);
  if (!pattern) sticky.set(dict, (pattern = new RegExp(dict.appointment.source, 'uy')));
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m && !NOT_APPOINTMENT_AFTER.test(text[at + m[0].length] ?? '') ? m[0] : undefined;
}

/** Whether a predicate of appointing (任命, 聘任 …) ends right at `at` of the text (任命|X为…). */
export function appointingEndsAt(dict: CompiledDictionary, text: string, at: number, floor = 0): boolean {
  let pattern = endingWith.get(dict);
  if (!pattern) endingWith.set(dict, (pattern = new RegExp(`(?:${dict.appointing.source})$`, 'u')));
  return pattern.test(text.slice(Math.max(floor, at - 4), at));
}
