import type { RecognizerContext } from '../../recognizer.js';

/** How long the part after the dot may be (毕业晚会, 青年创作者论坛). */
const PART_REACH = 10;

/**
 * The end of an event's name that goes on after a middle dot with one of its parts (青川芒果节·毕业晚会):
 * the dot, then Han characters up to a word's end that nothing of a name follows (a quote, a comma).
 * `end` (where the event's head word ends) is returned unchanged when no such part follows.
 */
export function middotPartEnd(ctx: RecognizerContext, end: number): number {
  const { text } = ctx;
  if (text[end] !== '·') return end;
  const part = /^\p{Script=Han}+/u.exec(text.slice(end + 1, end + 1 + PART_REACH + 1));
  if (!part || part[0].length < 2 || part[0].length > PART_REACH) return end;
  const partEnd = end + 1 + part[0].length;
  return ctx.tokenEndingAt.has(partEnd) ? partEnd : end;
}
