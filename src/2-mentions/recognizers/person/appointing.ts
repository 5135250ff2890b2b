import { appointmentAt } from '../../appointment.js';
import type { NameSpan } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * 任命任涛为…台长, 聘任王某担任…, 任命王海涛同志为…: the name between a predicate of appointing and 为 (or an
 * appointment) is an official; so is the predecessor's after a verb of succession (接任周华立为…: the posts
 * were that person's).
 */
export function namesAfterAppointing(scan: PersonScan): void {
  const { text, dict } = scan;
  const appointing = new RegExp(dict.appointing.source, 'gu');
  for (let m; (m = appointing.exec(text));) {
    const s = nameBeforeWei(scan, m.index + m[0].length) ?? scan.nameAt(m.index + m[0].length, true);
    if (!s) continue;
    const after = scan.pastHonorific(s.end);
    if (text[after] === '为' || appointmentAt(dict, text, after) !== undefined) scan.push(s, true);
  }
  for (const tok of scan.ctx.tokens) {
    if (dict.successionVerb.exec(tok.word)?.[0] !== tok.word) continue;
    const s = nameBeforeWei(scan, tok.end);
    if (s) scan.push(s, true);
  }
}

/** The name from `at` closed by 为, a word of address between (王海涛同志为): two to four characters. */
function nameBeforeWei(scan: PersonScan, at: number): NameSpan | undefined {
  return scan.nameClosedAt(at, (stop) => scan.text[scan.pastHonorific(stop)] === '为');
}
