/**
 * Periods of the dictionary's names: dates as precise as they are known (2024, 2018-03, 2013-03-22),
 * a period running from `from` (inclusive) to `to` (exclusive). Shared by resolution (which body a
 * name meant at a document's date) and the graph's queries (who held a post at a date).
 */

/** Compares `date` with `bound` at the bound's precision (2018-03-21 is in 2018-03: 0, not before it). */
export function comparePartial(date: string, bound: string): number {
  const cut = date.slice(0, bound.length);
  return cut < bound ? -1 : cut > bound ? 1 : 0;
}

/** Whether a name in force from `from` to `to` (either may be open) was in force at `date`. */
export function inForce(period: { from?: string; to?: string }, date: string): boolean {
  return (period.from === undefined || comparePartial(date, period.from) >= 0) && (period.to === undefined || comparePartial(date, period.to) < 0);
}

/** The first day of a partial date (2019 → 2019-01-01, 2019-06 → 2019-06-01). */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The day after a partial date's period (2019 → 2020-01-01, 2019-06 → 2019-07-01, 2019-06-03 → 2019-06-04). */
export function dayAfter(date: string): string {
  const [y, m = 0, d = 0] = date.split('-').map(Number) as [number, number?, number?];
  const next = date.length === 4 ? new Date(Date.UTC(y + 1, 0, 1)) : date.length === 7 ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}
