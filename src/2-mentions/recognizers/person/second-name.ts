import { chineseNameAt, NAME_BREAK } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * 记者李蕾张羽飞: a second name right after a name found before, ending at a break, titled like the
 * first. Only the names found so far are read (a second name is not followed by a third).
 */
export function secondNames(scan: PersonScan): void {
  const { text, dict, tokens } = scan;
  for (const first of [...scan.out]) {
    const second = chineseNameAt(text, first.end, dict, tokens);
    if (second && second.end - second.start >= 2 && (NAME_BREAK.has(text[second.end] ?? '。') || !text[second.end])) scan.push(second, first.kind === 'official');
  }
}
