import { nameBefore } from '../person-names.js';
import type { PersonScan } from './scan.js';

/** 成钢（化名）: a name the reporter says is made up is still a person's name (where no rule before named anyone). */
export function madeUpNames(scan: PersonScan): void {
  const { text, ctx, tokens, named } = scan;
  for (const m of text.matchAll(/[（(]化名[）)]/gu)) {
    const s = nameBefore(ctx, m.index, tokens);
    if (s && !named.overlaps(s.start, s.end)) scan.push(s, false);
  }
}
