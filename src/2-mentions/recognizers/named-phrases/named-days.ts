import { longestSuffix } from '../../../dictionary/compile.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { clean } from './clean-name.js';

/**
 * How far after the closing quote the event's head word may end (系列活动, 主题活动): no further, since a
 * longer name after the quote (“…日”中国电视大会) is an event of its own that holds the day.
 */
const HEAD_REACH = 4;

/**
 * “Quoted” days and years given to a theme (“青川主题日”系列活动, “汉语年”活动): no head word of an event ends
 * them, but an event's head word right after the quote says the quoted name is an event's.
 */
export function namedDays(ctx: RecognizerContext, by: string): Candidate[] {
  const { text, dictionary: dict } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(/“(\p{Script=Han}{2,12})”/gu)) {
    const inner = m[1]!;
    // “…这十年”: a count of years or days is a span of time, no name.
    if (!dict.namedDayEnds.has(inner.at(-1)!) || /\d/.test(inner.at(-2)!) || dict.numeralChars.includes(inner.at(-2)!)) continue;
    const start = m.index + 1;
    const after = start + inner.length + 1;
    if (headEnd(ctx, after) === undefined) continue;
    out.push({ kind: 'event', start, end: start + inner.length, name: clean(inner), subtype: 'other', priority: 8, by });
  }
  return out;
}

/** Where an event's head word starting at `at` ends at a word's end (系列|活动), if one does within reach. */
function headEnd(ctx: RecognizerContext, at: number): number | undefined {
  for (let end = at + 2; end <= at + HEAD_REACH && /\p{Script=Han}/u.test(ctx.text[end - 1] ?? ''); end++) {
    if (ctx.tokenEndingAt.has(end) && longestSuffix(ctx.text, ctx.dictionary.eventCues, 8, end, at)) return end;
  }
  return undefined;
}
