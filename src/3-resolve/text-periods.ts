/**
 * Periods the text sets itself. A report dated the day of a reform may list the leadership "before
 * the reform" (改革之前，总局的领导班子包括：…): the document's date reads those names as the new
 * bodies, the text says they are the old ones. A clause that is only such a cue (改革之前, 在机构改革前)
 * sets the rest of its sentence before the change; a comparison (较之于改革前，新的总局…) is no such clause.
 */
import { unitFlags } from '../1-segment/unit-flags.js';

/** Where a clause ends (and the next may begin). */
const CLAUSE_END = unitFlags(',，、;；:：。！？!?\n');
/** Where a sentence ends: a period set by a clause lasts to here. */
const SENTENCE_END = unitFlags('。！？!?');

/** The spans `[start, end)` of `text` that a clause of `clauses` sets before a change. */
export function beforeChangeSpans(text: string, clauses: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  // Most texts write none of the clauses: they are not walked.
  if (![...clauses].some((clause) => text.includes(clause))) return spans;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && CLAUSE_END[text.charCodeAt(i)] !== 1) continue;
    // Only a clause closed by a comma opens a period (改革之前，…), not a sentence that ends on it.
    if (clauses.has(text.slice(start, i).trim()) && /[,，]/u.test(text[i] ?? '')) spans.push([start, sentenceEnd(text, i)]);
    start = i + 1;
  }
  return spans;
}

function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) return i + 1;
  return text.length;
}
