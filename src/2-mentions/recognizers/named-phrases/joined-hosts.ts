import type { RecognizerContext } from '../../recognizer.js';

/** A year (2024, 2024年, 2024年度) that opens an event's name. */
const YEAR_LEAD = /(?<!\d)\d{4}(?:年度?)?$/u;

/**
 * The start of an event's name that opens with its year and the hosts it is named after, joined by 、
 * (2024东方卫视、百视TV开放大会): 、 ends a name, but after a year the hosts are the name's, not a list of
 * the sentence. `start` is where the name found so far begins (after the last 、); returned unchanged
 * unless organizations joined by 、 and a year lead to it.
 */
export function joinedHostsStart(ctx: RecognizerContext, start: number): number {
  // Most names have no 、 before them: the organizations are listed only for those that do.
  if (ctx.text[start - 1] !== '、') return start;
  const orgs = ctx.candidates.filter((c) => c.kind === 'organization');
  let at = start;
  for (;;) {
    if (ctx.text[at - 1] !== '、') break;
    const host = orgs.find((c) => c.end === at - 1);
    if (!host) break;
    const year = YEAR_LEAD.exec(ctx.text.slice(Math.max(0, host.start - 7), host.start));
    if (year) return host.start - year[0].length;
    at = host.start;
  }
  return start;
}
