/**
 * How news gives a person a post: X任… / X兼任… / X曾任… (a predicate after the name), 任命X为…
 * (a predicate of appointing before it, 为 after), X作为星澜影业的总经理 (a capacity, with an organization
 * after it) and X加入星澜影业，担任总经理 (joining, then a post). The predicates are the dictionary's
 * (grammar.json appointmentVerbs, formerPostVerbs, appointingVerbs, capacityVerbs, joiningVerbs); the
 * person recognizer (the person is an official) and holds_position (the post) read them through here.
 */
import type { CompiledDictionary } from '../dictionary/compile.js';

/** What the character after 任 makes of it when it is no appointment (任务, 任何, 任意, 任职 …). */
export const NOT_APPOINTMENT_AFTER = /^[务何意性凭由职期]/u;

const sticky = new WeakMap<RegExp, RegExp>();
const endingWith = new WeakMap<CompiledDictionary, RegExp>();

/** What `pattern` (one of the dictionary's, not global) matches starting right at `at` of the text. */
function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  let here = sticky.get(pattern);
  if (!here) sticky.set(pattern, (here = new RegExp(pattern.source, 'uy')));
  here.lastIndex = at;
  return here.exec(text)?.[0];
}

/** The appointment predicate (任, 兼任, 曾任 …) that starts at `at` of the text, if any (not the 任 of 任务). */
export function appointmentAt(dict: CompiledDictionary, text: string, at: number): string | undefined {
  const m = matchAt(dict.appointment, text, at);
  return m !== undefined && !NOT_APPOINTMENT_AFTER.test(text[at + m.length] ?? '') ? m : undefined;
}

/** How far the adverbs and dates from `at` run (已正式, 于2019年, 此前): `at` itself when there are none. */
function pastGap(dict: CompiledDictionary, text: string, at: number, limit: number): number {
  let i = at;
  for (let gap; i < limit && (gap = matchAt(dict.appointmentGap, text, i)) !== undefined;) i += gap.length;
  return i;
}

/**
 * The appointment predicate after a name ending at `at`, right there or past adverbs and dates
 * (王海涛已正式出任…, 王海涛于2019年任…): where it starts, and the predicate.
 */
export function appointmentAfter(dict: CompiledDictionary, text: string, at: number): { at: number; predicate: string } | undefined {
  for (let i = at, steps = 0; steps < 4; steps++) {
    const predicate = appointmentAt(dict, text, i);
    if (predicate !== undefined) return { at: i, predicate };
    const gap = matchAt(dict.appointmentGap, text, i);
    if (gap === undefined) return undefined;
    i += gap.length;
  }
  return undefined;
}

/** Where the adverbs and dates that end right at `at` (a predicate's start) begin: the longest such run, else `at`. */
export function gapBefore(dict: CompiledDictionary, text: string, at: number): number {
  for (let start = Math.max(0, at - 16); start < at; start++) {
    if (pastGap(dict, text, start, at) === at) return start;
  }
  return at;
}

/** The capacity predicate (作为, 身为) after a name ending at `at`, past adverbs and dates: where it starts, and itself. It gives a post only with an organization after it. */
export function capacityAfter(dict: CompiledDictionary, text: string, at: number): { at: number; predicate: string } | undefined {
  const start = pastGap(dict, text, at, at + 16);
  const predicate = matchAt(dict.capacity, text, start);
  return predicate === undefined ? undefined : { at: start, predicate };
}

/** The predicate of joining (加入, 加盟) after a name ending at `at`, past adverbs and dates (X于2020年加入…): where it starts, and itself. */
export function joiningAfter(dict: CompiledDictionary, text: string, at: number): { at: number; predicate: string } | undefined {
  const start = pastGap(dict, text, at, at + 16);
  const predicate = matchAt(dict.joining, text, start);
  return predicate === undefined ? undefined : { at: start, predicate };
}

/** The post given after a joined organization: past ，/并 after it (加入星澜影业，担任… / …并出任…), where its predicate starts. */
export function postAfterJoining(dict: CompiledDictionary, text: string, orgEnd: number): { at: number; predicate: string } | undefined {
  let at = orgEnd;
  if (text[at] === '，' || text[at] === ',') at++;
  if (text[at] === '并') at++;
  const predicate = appointmentAt(dict, text, at);
  return predicate === undefined ? undefined : { at, predicate };
}

/** Whether a predicate of appointing (任命, 聘任 …) ends right at `at` of the text (任命|X为…). */
export function appointingEndsAt(dict: CompiledDictionary, text: string, at: number, floor = 0): boolean {
  let pattern = endingWith.get(dict);
  if (!pattern) endingWith.set(dict, (pattern = new RegExp(`(?:${dict.appointing.source})$`, 'u')));
  return pattern.test(text.slice(Math.max(floor, at - 4), at));
}
