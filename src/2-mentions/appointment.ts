/**
 * How news gives a person a post: X任… / X兼任… / X曾任… (a predicate after the name), 任命X为…
 * (a predicate of appointing before it, 为 after), X作为星澜影业的总经理 (a capacity, with an organization
 * after it) and X加入星澜影业，担任总经理 (joining, then a post). The predicates are the dictionary's
 * (grammar.json appointmentVerbs, formerPostVerbs, appointingVerbs, capacityVerbs, joiningVerbs); the
 * person recognizer (the person is an official) and holds_position (the post) read them through here.
 */
import type { CompiledDictionary } from '../dictionary/compile.js';

/** Past a word of address right after a name (王海涛|同志|为…). */
export const pastHonorific = (dict: CompiledDictionary, text: string, at: number): number => at + (dict.honorificAfterName.exec(text.slice(at, at + 4))?.[0].length ?? 0);

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

/**
 * What `find` reads (a predicate) right at `at` or past the adverbs and dates after it (王海涛已正式出任…,
 * 王海涛于2019年任…): where it starts, and the predicate. The predicate is tried first at each step, so
 * an adverb that opens a predicate (曾 of 曾任) is read as the predicate.
 */
function afterGap(dict: CompiledDictionary, text: string, at: number, find: (i: number) => string | undefined): { at: number; predicate: string } | undefined {
  for (let i = at, steps = 0; steps < 4; steps++) {
    const predicate = find(i);
    if (predicate !== undefined) return { at: i, predicate };
    const gap = matchAt(dict.appointmentGap, text, i);
    if (gap === undefined) return undefined;
    i += gap.length;
  }
  return undefined;
}

/** The appointment predicate (任, 出任 …) after a name ending at `at`, right there or past adverbs and dates. */
export const appointmentAfter = (dict: CompiledDictionary, text: string, at: number) => afterGap(dict, text, at, (i) => appointmentAt(dict, text, i));

/** The capacity predicate (作为, 身为) after a name ending at `at`: it gives a post only with an organization after it. */
export const capacityAfter = (dict: CompiledDictionary, text: string, at: number) => afterGap(dict, text, at, (i) => matchAt(dict.capacity, text, i));

/** The predicate of joining (加入, 加盟) after a name ending at `at` (X于2020年加入…). */
export const joiningAfter = (dict: CompiledDictionary, text: string, at: number) => afterGap(dict, text, at, (i) => matchAt(dict.joining, text, i));

/** Where the adverbs and dates that end right at `at` (a predicate's start) begin: the longest such run, else `at`. */
export function gapBefore(dict: CompiledDictionary, text: string, at: number): number {
  for (let start = Math.max(0, at - 16); start < at; start++) {
    let i = start;
    for (let gap; i < at && (gap = matchAt(dict.appointmentGap, text, i)) !== undefined;) i += gap.length;
    if (i === at) return start;
  }
  return at;
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
