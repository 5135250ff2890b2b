import { extendLeft } from '../../phrase.js';
import type { Candidate } from '../../recognizer.js';
import { isForeignCountry, type SuffixContext } from './context.js';

/**
 * Adds to `out` the bodies whose ending is also the first character of the title after them (科特迪瓦通讯部长:
 * 部 ends the ministry and opens 部长). The name must hold a place or a known organization; not when the
 * ending is written twice (通讯部部长) or a known organization already ends there (外交部长).
 */
export function ministriesBeforeTitles(sc: SuffixContext, out: Candidate[]): void {
  const { ctx, known, places } = sc;
  const { text, dictionary: dict } = ctx;
  for (const title of sc.titleList) {
    if (title.end - title.start !== 2) continue;
    const head = text[title.start]!;
    if (!/[部局司厅署委]/u.test(head) || !dict.organizationSuffixes.has(head) || text[title.start - 1] === head) continue;
    if (known.endingAt(title.start).length || known.endingAt(title.start + 1).length) continue;
    const start = extendLeft(ctx, title.start);
    if (start >= title.start) continue;
    const place = places.within(start, title.start)[0];
    if (!place && !known.within(start, title.start).length) continue;
    out.push({ kind: 'organization', start, end: title.start + 1, name: text.slice(start, title.start + 1), subtype: isForeignCountry(place) ? 'foreign_government' : dict.organizationSuffixes.get(head)!, priority: 6, by: sc.by });
  }
}
