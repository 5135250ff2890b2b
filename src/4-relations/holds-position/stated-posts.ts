import type { Span } from '../../2-mentions/span-index.js';
import { appointmentAt, pastHonorific } from '../../2-mentions/appointment.js';
import type { PositionLookups } from './lookups.js';
import { pastAdverbs } from './post-words.js';
import type { PredicateAfterName } from './predicate.js';

/**
 * 王海涛为星澜影业总经理, 此前，王海涛为…, 王海涛的职务为…: a copula after the name (past adverbs, or a
 * noun of post) gives the posts after it, as a capacity does (the first names its organization), and
 * only those that close the clause (王海涛为星澜影业总经理李明颁奖 gives none).
 */
export function copulaAfter({ ctx }: PositionLookups, name: Span): PredicateAfterName | undefined {
  const { dictionary: dict, text } = ctx;
  const from = pastAdverbs(dict, text, pastHonorific(dict, text, name.end));
  const noun = dict.postNoun.exec(text.slice(from, from + 6))?.[0] ?? '';
  const copula = dict.postCopula.exec(text.slice(from + noun.length, from + noun.length + 2))?.[0];
  return copula === undefined ? undefined : { at: from + noun.length, predicate: copula, capacity: true, closed: 'clause' };
}

/** 免去王海涛的…局长职务, 免去王海涛同志…职务: the posts after a removed name, up to a word of post, are former. */
export function removedFrom({ ctx }: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  const { dictionary: dict, text } = ctx;
  if (!dict.removalVerb.test(text.slice(Math.max(sentenceStart, name.start - 4), name.start))) return undefined;
  const at = pastHonorific(dict, text, name.end);
  return { at, predicate: text[at] === '的' ? '的' : '', capacity: false, closed: 'postWord', former: true };
}

/** The word of `ending` (a pattern anchored at a string's end) that starts right at `at`: the longest, of up to four characters. */
function wordAt(ending: RegExp, text: string, at: number): string | undefined {
  for (let k = 4; k > 0; k--) {
    const word = text.slice(at, at + k);
    if (word.length === k && ending.exec(word)?.index === 0) return word;
  }
  return undefined;
}

/** What gives the posts after a name that follows a verb of succession: 为 or an appointment (王海涛接任李建国|为…, 接替李建国|担任…). */
function postAfterSuccession({ ctx }: PositionLookups, at: number): { at: number; predicate: string } | undefined {
  const predicate = ctx.text[at] === '为' ? '为' : appointmentAt(ctx.dictionary, ctx.text, at);
  return predicate === undefined ? undefined : { at, predicate };
}

/** 王海涛接任李建国为…台长: the name after a verb of succession held the posts before (former). */
export function succeededFrom(lookups: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  const { dictionary: dict, text } = lookups.ctx;
  if (!dict.successionVerb.test(text.slice(Math.max(sentenceStart, name.start - 4), name.start))) return undefined;
  const post = postAfterSuccession(lookups, pastHonorific(dict, text, name.end));
  return post && { ...post, capacity: false, former: true };
}

/** A predecessor's name the recognizers missed: two to four Han characters before 为 (接任|李建国|为…). */
const UNRECOGNIZED_PREDECESSOR = /^\p{Script=Han}{2,4}(?=为)/u;

/**
 * 王海涛已接任李建国为…台长, 王海涛接替李建国担任…: the posts after the predecessor's name are the
 * successor's (a name not recognized counts before 为 only).
 */
export function succeeding(lookups: PositionLookups, name: Span): PredicateAfterName | undefined {
  const { dictionary: dict, text } = lookups.ctx;
  const from = pastAdverbs(dict, text, pastHonorific(dict, text, name.end));
  const verb = wordAt(dict.successionVerb, text, from);
  if (verb === undefined) return undefined;
  const at = from + verb.length;
  const end = lookups.people.startingAt(at)[0]?.end ?? at + (UNRECOGNIZED_PREDECESSOR.exec(text.slice(at, at + 5))?.[0].length ?? 0);
  const post = end > at ? postAfterSuccession(lookups, pastHonorific(dict, text, end)) : undefined;
  return post && { ...post, capacity: false };
}
