import { nameBefore } from '../person-names.js';
import { creditedName } from './credit.js';
import type { PersonScan } from './scan.js';

/**
 * 范曾的《老子出关》, 费穆所写的《…》: a name right before 的《…》 is the work's author or maker: a person,
 * read like a credit (strictly: the context alone says less), where no rule before named anyone.
 */
export function authorsOfWorks(scan: PersonScan): void {
  const { text, dict, ctx, tokens, named } = scan;
  for (const m of text.matchAll(/(?:所(?:写|著|作|拍|编|绘|画|演))?的《/gu)) {
    const s = nameBefore(ctx, m.index, tokens);
    if (s && !named.overlaps(s.start, s.end) && creditedName(text, s, tokens, dict, true)) scan.push(s, false);
  }
}
