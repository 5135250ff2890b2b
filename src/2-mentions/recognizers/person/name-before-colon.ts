import { chineseNameAt } from '../person-names.js';
import type { PersonScan } from './scan.js';

/** 郭某某：…: a name opening a sentence or a line before a colon opens a quote (a role label such as 记者： is no name). */
export function namesOpeningQuotes(scan: PersonScan): void {
  const { text, dict, tokens } = scan;
  for (const m of text.matchAll(/(?:^|\n|[。！？])([\p{Script=Han}]{2,4})[：:]/gu)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    const s = chineseNameAt(text, start, dict, tokens);
    if (s && s.end === start + m[1]!.length && !dict.titleKind.has(m[1]!)) scan.push(s, false);
  }
}
