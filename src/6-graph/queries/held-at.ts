/**
 * Whether a post (a holds_position edge) was held at a date. A post the texts date (`from`, `to`) is
 * held over [from, to); with `from` alone until the post is said to be former (its latest statement),
 * else from then on; with `to` alone, up to `to`. A post no text dates is held from its first to its
 * last dated statement as current (a 2019 and a 2021 report of 局长X: 2019–2021); one stated only as
 * former, or never dated, is not known to be held at any date and is left out.
 */
import { dayAfter, firstDay } from '../../dictionary/periods.js';
import { partialDate } from '../../dictionary/schema.js';
import type { EdgeAttributes } from '../../types.js';
import { KnowledgeGraphError } from '../errors.js';

/** Throws `shiting-kg: …` unless `at` is a date of the form YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkAt(at: string | undefined): void {
  if (at !== undefined && !partialDate.safeParse(at).success) {
    throw new KnowledgeGraphError(`"at" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${at}"`);
  }
}

/** The days a post is known to be held, [start, end) (undefined: open), or undefined when unknown. */
function tenureSpan(edge: EdgeAttributes): { start?: string; end?: string } | undefined {
  const dates = edge.evidence.map((e) => e.date).filter((d): d is string => d !== undefined).sort();
  const latest = dates.at(-1);
  if (edge.from !== undefined || edge.to !== undefined) {
    const end = edge.to !== undefined ? firstDay(edge.to) : edge.status === 'former' && latest !== undefined ? firstDay(latest) : undefined;
    return { ...(edge.from !== undefined ? { start: firstDay(edge.from) } : {}), ...(end !== undefined ? { end } : {}) };
  }
  if (edge.status === 'former' || dates.length === 0) return undefined;
  return { start: firstDay(dates[0]!), end: dayAfter(latest!) };
}

/** Whether the post of `edge` was held at some day of `at` (2019 covers the year, 2019-06 the month). */
export function heldAt(edge: EdgeAttributes, at: string): boolean {
  const span = tenureSpan(edge);
  if (span === undefined) return false;
  return (span.start === undefined || span.start < dayAfter(at)) && (span.end === undefined || span.end > firstDay(at));
}
