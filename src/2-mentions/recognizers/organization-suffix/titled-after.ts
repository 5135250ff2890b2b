import type { Candidate } from '../../recognizer.js';
import type { SuffixContext } from './context.js';

/** The most words of the second unit in a pair (数据科学部: 数据|科学部). */
const MAX_PAIR_WORDS = 4;

/** Whether a title starts at `at`, or after a 的 there (产品部的负责人: the unit's head, so the unit is a body). */
function titleAt(sc: SuffixContext, at: number): boolean {
  if (sc.titles.startingAt(at).length > 0) return true;
  return sc.ctx.text[at] === '的' && sc.titles.startingAt(at + 1).length > 0;
}

/** Whether `word` ends in an ending that may name a unit (部, 中心, 办公室). */
function endsLikeUnit(sc: SuffixContext, word: string): boolean {
  for (const s of sc.ctx.dictionary.unitSuffixes) if (s && word.endsWith(s)) return true;
  return false;
}

/**
 * Whether the name ending at `end` is given a title: right after it, after a 的 (产品部的负责人), or after a
 * second unit joined to it that is (产品部和数据科学部的负责人: the title is both units'). A title names the
 * post of a body, so a name of common words before it is one.
 */
export function titledAfter(sc: SuffixContext, end: number): boolean {
  if (titleAt(sc, end)) return true;
  const { tokens, tokenStartingAt, dictionary: dict } = sc.ctx;
  const k = tokenStartingAt.get(end);
  const joiner = k === undefined ? undefined : tokens[k]!.word;
  if (joiner === undefined || !(joiner === '、' || dict.jointConjunctions.includes(joiner) || dict.sharedTitleJoiner.test(joiner))) return false;
  for (let i = k! + 1; i <= k! + MAX_PAIR_WORDS && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Script=Han}+$/u.test(t.word) || dict.predicates.has(t.word)) return false;
    if (endsLikeUnit(sc, t.word)) return titleAt(sc, t.end);
  }
  return false;
}

/**
 * Where a unit's name starts when it is the second of two units joined (产品部和|数据科学部): after the joiner,
 * since the first unit ends in a unit's ending and is a name of its own; else `named`.
 */
export function afterJoinedUnit(sc: SuffixContext, named: number, suffixStart: number): number {
  const { tokens, tokenStartingAt, dictionary: dict } = sc.ctx;
  for (let k = tokenStartingAt.get(named); k !== undefined && k + 1 < tokens.length && tokens[k + 1]!.start < suffixStart; k++) {
    const joiner = tokens[k + 1]!;
    if (dict.jointConjunctions.includes(joiner.word) && endsLikeUnit(sc, tokens[k]!.word)) return joiner.end;
  }
  return named;
}

/**
 * A unit named by one word of at least two characters before its unit's ending (产品部), joined to a second unit
 * and sharing a title with it (产品部和数据科学部的负责人): the pair is two units of the body the text is about.
 */
export function pairedUnit(sc: SuffixContext, start: number, end: number, suffix: { cue: string; value: string }): Candidate | undefined {
  const { text, tokenStartingAt, dictionary: dict } = sc.ctx;
  if (!dict.unitSuffixes.has(suffix.cue) || end - start < suffix.cue.length + 2 || titleAt(sc, end) || !titledAfter(sc, end)) return undefined;
  if (tokenStartingAt.get(start) === undefined || dict.generic.has(text.slice(start, end))) return undefined;
  return { kind: 'organization', start, end, name: text.slice(start, end), subtype: suffix.value, priority: 6, by: sc.by, unit: true };
}
