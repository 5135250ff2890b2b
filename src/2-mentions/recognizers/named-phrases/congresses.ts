import type { Candidate, RecognizerContext } from '../../recognizer.js';

/**
 * Congresses and plenary sessions named as such (党的二十届三中全会, 十九届三中全会, 党的二十大, 全国两会):
 * events of subtype conference, as written. Their head words (全会, 大) are too short or too common for the
 * event cues, and jieba cuts their editions apart (十九|届|三中全会), so they have a pattern of their own.
 */
export function congresses(ctx: RecognizerContext, by: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(ctx.dictionary.congress)) {
    out.push({ kind: 'event', start: m.index, end: m.index + m[0].length, name: m[0], subtype: 'conference', priority: 8, by });
  }
  return out;
}
