import type { Candidate } from '../../recognizer.js';
import type { PersonScan } from './scan.js';

/**
 * 由王大任兼任…。王大任同时…: where a rule read a name cut short (王大, before the 任 it took for a
 * predicate) and the text names a person in full who starts with it at that very place, the full name is
 * meant: it is pushed there, of the kind of the short one. Names of three characters or more only.
 */
export function fullNamesAtShortOnes(scan: PersonScan): void {
  const { text, out } = scan;
  // The full names by their first two characters (a long text names many people: a short one reads only its own).
  const full = new Map<string, Set<string>>();
  for (const c of out) {
    if ((c.kind !== 'official' && c.kind !== 'person') || c.name.length < 3) continue;
    const key = c.name.slice(0, 2);
    full.set(key, (full.get(key) ?? new Set()).add(c.name));
  }
  if (full.size === 0) return;
  const longer = (c: Candidate) => [...(full.get(c.name.slice(0, 2)) ?? [])].find((name) => name.length > c.name.length && name.startsWith(c.name) && text.startsWith(name, c.start));
  const isFull = (c: Candidate) => full.get(c.name.slice(0, 2))?.has(c.name) ?? false;
  // A place where the full name stands already, of the same kind (由王大任兼任: found whole there too), is left as it is.
  const people = out.filter((c) => c.kind === 'official' || c.kind === 'person');
  const pushed = new Set<string>();
  for (const c of people) if (isFull(c) && !longer(c)) pushed.add(`${c.start}:${c.kind}`);
  for (const c of people) {
    const name = pushed.has(`${c.start}:${c.kind}`) ? undefined : longer(c);
    if (!name) continue;
    pushed.add(`${c.start}:${c.kind}`);
    scan.push({ start: c.start, end: c.start + name.length }, c.kind === 'official', c.subtype);
  }
}
