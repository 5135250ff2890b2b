import type { Candidate } from '../../recognizer.js';
import { kindToSubtype, nameBefore } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * Officials named beside a title found before: the name right after it (国家广播电视总局局长曹淑敏,
 * 集团CEO雷军, 总统穆罕默德), and the name right before one of the titles written after a name
 * (瓦塔拉总统, 习近平主席; grammar.json titlesAfterName). One title at a time, after then before.
 */
export function namesBesideTitles(scan: PersonScan): void {
  for (const title of scan.ctx.candidates.filter((c) => c.kind === 'title')) {
    nameAfterTitle(scan, title);
    nameBeforeTitle(scan, title);
  }
}

/** Title then name. A media or other title (主持人, 记者) is followed by Chinese names only. */
function nameAfterTitle(scan: PersonScan, title: Candidate): void {
  const after = scan.nameAt(title.end, title.subtype !== 'media' && title.subtype !== 'other');
  if (after && !scan.titleStarts.has(after.start)) scan.push(after, true, kindToSubtype(title.subtype));
}

/** Name then title (瓦塔拉总统): the tokens right before the title, not part of an organization. */
function nameBeforeTitle(scan: PersonScan, title: Candidate): void {
  // The title decides first: reading the name before every title cost more than the few that may follow one.
  if (!scan.dict.titlesAfterName.has(title.name)) return;
  const before = nameBefore(scan.ctx, title.start, scan.tokens);
  if (before) scan.push(before, true, kindToSubtype(title.subtype));
}
