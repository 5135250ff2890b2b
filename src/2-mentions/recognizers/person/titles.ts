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
  // 台长拿督阿兹曼·哈希姆: a rank between the title and a foreign name is no part of the name.
  const rank = scan.dict.foreignHonorific.exec(scan.text.slice(title.end, title.end + 4))?.[0].length ?? 0;
  const after = scan.nameAt(title.end + rank, title.subtype !== 'media' && title.subtype !== 'other');
  if (after && !scan.titleStarts.has(after.start)) scan.push(after, true, kindToSubtype(title.subtype));
}

/** Name then title (瓦塔拉总统): the tokens right before the title, not part of an organization. */
function nameBeforeTitle(scan: PersonScan, title: Candidate): void {
  // The title decides first: reading the name before every title cost more than the few that may follow one.
  if (!scan.dict.titlesAfterName.has(title.name)) return;
  const before = nameBefore(scan.ctx, title.start, scan.tokens);
  // 驻哈萨克大使: the word after a posting abroad is its place.
  if (!before || scan.dict.postingWordBefore.test(scan.text.slice(Math.max(0, before.start - 2), before.start))) return;
  scan.push(before, true, kindToSubtype(title.subtype));
}
