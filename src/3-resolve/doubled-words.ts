import type { Candidate } from '../2-mentions/recognizer.js';

/**
 * …工作领导小组领导小组成员为: a text that repeats a name's head word (the group, then 领导小组成员 "its
 * members") lets a recognizer run the name over both. No name ends in its head word twice, so the
 * second (2 to 6 characters) is cut off; the mention ends where the name does.
 */
export function undoubledNames(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'organization' || c.shortForm || text.slice(c.start, c.end) !== c.name) return c;
    const doubled = doubledTail(c.name);
    return doubled === 0 ? c : { ...c, name: c.name.slice(0, -doubled), end: c.end - doubled };
  });
}

/** The length of the word `name` ends in twice (领导小组领导小组: 4), 0 when none; at least a word stays before them. */
function doubledTail(name: string): number {
  for (let n = 6; n >= 2; n--) {
    if (name.length >= 2 * n + 2 && name.slice(-n) === name.slice(-2 * n, -n)) return n;
  }
  return 0;
}
