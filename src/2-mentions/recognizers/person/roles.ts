import type { PersonScan } from './scan.js';

/** Roles that are no position (演员, 球员, 律师): the named person after them is a person, not an official. */
export function namesAfterRoles(scan: PersonScan): void {
  const { dict } = scan;
  for (const tok of scan.ctx.tokens) {
    if (!dict.roles.has(tok.word) || dict.titleKind.has(tok.word)) continue;
    const after = scan.nameAt(tok.end, true);
    if (after && !scan.titleStarts.has(after.start)) scan.push(after, false);
  }
}
