import type { PersonScan } from './scan.js';

/** 由杨志辉接任: the name after 由 and before a predicate of taking a post is an official. */
export function successors(scan: PersonScan): void {
  for (const m of scan.text.matchAll(/由([\p{Script=Han}·]{2,8}?)(?:接任|担任|出任|继任)/gu)) {
    const s = scan.nameAt(m.index + 1, true);
    if (s) scan.push(s, true);
  }
}
