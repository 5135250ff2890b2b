import { anchoredMatches } from '../../anchored.js';
import { chineseNameAt, FORMS_OF_ADDRESS } from '../person-names.js';
import type { PersonScan } from './scan.js';

/** 火来胜先生, 张兰女士: a name before a form of address (2–3 characters: 4–6 units before the form at most). */
const NAME_WITH_ADDRESS = new RegExp(`([\\p{Script=Han}]{2,3})(?:${FORMS_OF_ADDRESS})`, 'uy');
const FORM_OF_ADDRESS = new RegExp(FORMS_OF_ADDRESS, 'g');

/** 火来胜先生, 张兰女士: a full name before a form of address, three characters tried before two, at a token start. */
export function namesWithAddress(scan: PersonScan): void {
  const { text, dict, ctx, tokens } = scan;
  for (const m of anchoredMatches(text, FORM_OF_ADDRESS, NAME_WITH_ADDRESS, 6, 2)) {
    for (const len of [3, 2]) {
      const start = m.index + m[1]!.length - len;
      if (start < m.index || !ctx.tokenStartingAt.has(start)) continue;
      const s = chineseNameAt(text, start, dict, tokens);
      if (s && s.end === m.index + m[1]!.length) { scan.push(s, false); break; }
    }
  }
}
