/**
 * When a post began and ended, where the text says: a date right before a word of starting
 * (2019年起任…, 于2019年6月出任…, 2019年起，X任…) is `from`, one before a word of leaving (2023年3月卸任)
 * is `to`, two dates joined (2015年至2019年任…) are both. Only the clause of the person and the post
 * is read (and the clause before it when that clause is a date and 起 alone), so one person's dates
 * never date another's post. The words are the dictionary's (tenureStartWords, tenureEndWords,
 * tenureRangeJoints); dates are as precise as written (2019, 2019-06, 2019-06-03).
 */
import { unitFlags } from '../../1-segment/unit-flags.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';

export interface Tenure { from?: string; to?: string }

/** A year, with its month and day when written (2019年, 2019年6月, 2019年6月3日). */
const DATE = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?/gu;
/** The longest clause of a date alone that may open a person's clause (自2019年12月31日起 is 12). */
const LEAD_CLAUSE = 14;
/** Where a clause ends, flagged by unit: the clause scans visit every character (no string per character). */
const CLAUSE_BREAK = unitFlags('，,；;。！？!?\n');

const pad = (n: string): string => n.padStart(2, '0');
const dateOf = (m: RegExpExecArray): string => [m[1]!, ...(m[2] ? [pad(m[2])] : []), ...(m[3] ? [pad(m[3])] : [])].join('-');

/** The start of the clause holding `at` (after the last break before it, not before `floor`). */
function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_BREAK[text.charCodeAt(i)] === 1) return i + 1;
  return floor;
}

/** The end of the clause holding `at` (the next break, not after `ceiling`). */
function clauseEnd(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (CLAUSE_BREAK[text.charCodeAt(i)] === 1) return i;
  return ceiling;
}

/** The dates of `text[start, end)` and what each says about a post. */
function readDates(text: string, start: number, end: number, dict: CompiledDictionary): Tenure {
  const tenure: Tenure = {};
  const span = text.slice(start, end);
  // Every date writes 年: most clauses have none and are not matched at all.
  if (!span.includes('年')) return tenure;
  const dates = [...span.matchAll(DATE)];
  for (let i = 0; i < dates.length; i++) {
    const m = dates[i]!;
    const after = span.slice(m.index + m[0].length).trimStart();
    const joint = dict.tenureRange.exec(after);
    const next = dates[i + 1];
    // 2015年至2019年: the joint and nothing else between the two dates.
    if (joint && next && span.slice(m.index + m[0].length, next.index).trim() === joint[0]) {
      tenure.from ??= dateOf(m);
      tenure.to ??= dateOf(next);
      i++;
    } else if (dict.tenureEnd.test(after)) tenure.to ??= dateOf(m);
    else if (dict.tenureStart.test(after)) tenure.from ??= dateOf(m);
  }
  return tenure;
}

/** Whether a word of leaving (卸任, 离任) stands anywhere in `text[start, end)`. */
function hasEndWord(text: string, start: number, end: number, dict: CompiledDictionary): boolean {
  for (let i = start; i < end; i++) if (dict.tenureEnd.test(text.slice(i, Math.min(end, i + 6)))) return true;
  return false;
}

/** The one date of a short clause before the person's (2019年6月，… / 自2019年起，…) and whether a start word follows it. */
function leadDate(text: string, before: number, end: number, dict: CompiledDictionary): { date: string; start: boolean } | undefined {
  if (end - before > LEAD_CLAUSE) return undefined;
  const dates = [...text.slice(before, end).matchAll(DATE)];
  if (dates.length !== 1) return undefined;
  const m = dates[0]!;
  return { date: dateOf(m), start: dict.tenureStart.test(text.slice(before + m.index + m[0].length, end).trimStart()) };
}

/**
 * The dates a sentence gives the post of the person at `person` whose title ends at `titleEnd`
 * (`sentence` bounds the search; offsets into `text`). A short clause of a date alone before the
 * person's dates the post when the person's clause says it began (X任…, X出任…) or ended (卸任).
 */
export function tenureOf(dict: CompiledDictionary, text: string, sentence: { start: number; end: number }, person: { start: number; end: number }, titleEnd: number): Tenure {
  const start = clauseStart(text, Math.min(person.start, titleEnd), sentence.start);
  const end = clauseEnd(text, Math.max(person.end, titleEnd), sentence.end);
  const tenure = readDates(text, start, end, dict);
  if (start <= sentence.start || tenure.from !== undefined || tenure.to !== undefined) return tenure;
  const lead = leadDate(text, clauseStart(text, start - 1, sentence.start), start - 1, dict);
  if (lead === undefined) return tenure;
  if (hasEndWord(text, start, end, dict)) return { to: lead.date };
  if (lead.start || dict.tenureStart.test(text.slice(person.end, end))) return { from: lead.date };
  return tenure;
}
