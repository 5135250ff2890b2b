import { extendLeft, type ExtendOptions } from '../../phrase.js';
import type { SpanIndex } from '../../span-index.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { marked } from './head-word.js';

/** The tags of a field a dash joins to the next one (文旅—广电合作: 文|旅 are nouns). */
const FIELD_TAGS = /^(?:n|nz|ns|nt|j)$/;

/**
 * The start of an event's name whose words are joined by one dash (“…”文旅—广电合作启动仪式: the fields of
 * culture-and-tourism and broadcasting): extendLeft stops at the dash, which joins only places there. When
 * a noun ends right before a single dash and the name taken past it is marked (quotes, a year, a body), it
 * starts there; `start` is returned unchanged otherwise. Two dashes (——) set off an aside, never a field.
 */
export function dashJoinedStart(ctx: RecognizerContext, names: SpanIndex<Candidate>, start: number, opts: ExtendOptions): number {
  const dash = start - 1;
  if (ctx.text[dash] !== '—' || ctx.text[dash - 1] === '—' || ctx.text[start] === '—') return start;
  const field = ctx.tokens[ctx.tokenEndingAt.get(dash) ?? -1];
  if (!field || !FIELD_TAGS.test(field.tag)) return start;
  const before = extendLeft(ctx, dash, opts);
  return before < dash && marked(ctx, names, before, dash) ? before : start;
}
