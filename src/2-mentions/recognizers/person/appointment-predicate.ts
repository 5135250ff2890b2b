import { gapBefore, NOT_APPOINTMENT_AFTER } from '../../appointment.js';
import type { PersonScan } from './scan.js';

/** A name given a post by the predicate after it (靳国卫同志任…, 王海涛已正式出任…, 李明曾任…): an official. */
export function namesBeforeAppointment(scan: PersonScan): void {
  const { text, dict, ctx } = scan;
  const appoint = new RegExp(dict.appointment.source, 'gu');
  const appointingHere = new RegExp(dict.appointing.source, 'uy');
  let hidden = { start: -1, end: -1 };
  for (let m; (m = appoint.exec(text));) {
    // 信中任命…: the 任 of a predicate of appointing gives its subject no post (the appointer is before it).
    appointingHere.lastIndex = m.index;
    if (appointingHere.test(text)) continue;
    // The predicate must be whole words: 任 of 责任 or 任务 is not an appointment.
    if (!ctx.tokenStartingAt.has(m.index) || NOT_APPOINTMENT_AFTER.test(text[m.index + m[0].length] ?? '')) {
      // 此前|任: a predicate inside a word (前任) may hide one that starts right after it.
      hidden = { start: m.index, end: m.index + m[0].length };
      appoint.lastIndex = m.index + 1;
      continue;
    }
    // A predicate found inside a word that was none counts only after an adverb covering that word (此前|任, not 周晨永曾|任).
    if (m.index < hidden.end && gapBefore(dict, text, m.index) > hidden.start) continue;
    const beforeName = scan.nameBeforePredicate(m.index);
    if (beforeName) scan.push(beforeName, true);
  }
}
