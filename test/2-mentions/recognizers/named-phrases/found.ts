import type { Candidate } from '../../../../src/2-mentions/recognizer.js';

/** Candidates as `kind/subtype:name` strings, for table rows. */
export const found = (candidates: Candidate[]): string[] => candidates.map((c) => `${c.kind}/${c.subtype}:${c.name}`);
