import { appointmentAt } from '../../appointment.js';
import type { PersonScan } from './scan.js';

/** 任命任涛为…台长, 聘任王某担任…: the name between a predicate of appointing and 为 (or an appointment) is an official. */
export function namesAfterAppointing(scan: PersonScan): void {
  const { text, dict } = scan;
  const appointing = new RegExp(dict.appointing.source, 'gu');
  for (let m; (m = appointing.exec(text));) {
    const s = scan.nameAt(m.index + m[0].length, true);
    if (s && (text[s.end] === '为' || appointmentAt(dict, text, s.end) !== undefined)) scan.push(s, true);
  }
}
