import type { PersonScan } from './scan.js';

/**
 * 由杨志辉接任, 由王大任兼任: the name after 由 and before a predicate of taking a post is an official. The
 * name ends at the predicate: jieba may have cut it short (王大/任), and the 任 of 兼任 is no name's.
 */
export function successors(scan: PersonScan): void {
  for (const m of scan.text.matchAll(/由([\p{Script=Han}·]{2,8}?)(?:接任|担任|出任|继任|兼任)/gu)) {
    const s = scan.nameUpTo(m.index + 1, m.index + 1 + m[1]!.length) ?? scan.nameAt(m.index + 1, true);
    if (s) scan.push(s, true);
  }
}
