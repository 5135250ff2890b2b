import { extendLeft, type ExtendOptions } from '../../phrase.js';
import type { RecognizerContext } from '../../recognizer.js';
import { cueEndingAt } from './head-word.js';

/**
 * 首届A大会暨第十届B交易会, A成立大会暨第一次会员代表大会: two events held as one are named as written,
 * joined by 暨. Given the start of the name after 暨 (at 暨 or right after it), the start of the whole:
 * the start of the event named before 暨 (its head word ends at 暨, a name extends left of it), or the
 * start after 暨 when nothing is named there.
 */
export function joinedStart(ctx: RecognizerContext, start: number, opts: ExtendOptions): number {
  const { text } = ctx;
  const at = text[start] === '暨' ? start : text[start - 1] === '暨' ? start - 1 : -1;
  if (at < 0) return start;
  const head = cueEndingAt(ctx, at, ctx.dictionary.eventCues);
  const left = head ? extendLeft(ctx, head.start, opts) : at;
  return left < (head?.start ?? at) ? left : at + 1;
}
