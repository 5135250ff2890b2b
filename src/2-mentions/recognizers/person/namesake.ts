import type { Candidate } from '../../recognizer.js';
import type { PersonScan } from './scan.js';

/**
 * 由王大任兼任…。王大任同时…: where a rule read a name cut short (王大, before the 任 it took for a
 * predicate) and the text names a person in full who starts with it at that very place, the full name is
 * meant: it is pushed there, of the kind of the short one. Names of three characters or more only.
 */
export function fullNamesAtShortOnes(scan: PersonScan): void {
  const { text, out } = scan;
  const full = new Set<string>();
  for (const c of out) if ((c.kind === 'official' || c.kind === 'person') && c.name.length >= 3) full.add(c.name);
  if (full.size === 0) return;
  // A place where the full name stands already (由王大任兼任: found whole there too) is left as it is.
  const pushed = new Set<number>();
  for (const c of out) if (full.has(c.name)) pushed.add(c.start);
  for (const c of [...out] as Candidate[]) {
    if ((c.kind !== 'official' && c.kind !== 'person') || pushed.has(c.start)) continue;
    for (const name of full) {
      if (name.length > c.name.length && name.startsWith(c.name) && text.startsWith(name, c.start)) {
        pushed.add(c.start);
        scan.push({ start: c.start, end: c.start + name.length }, c.kind === 'official', c.subtype);
        break;
      }
    }
  }
}
