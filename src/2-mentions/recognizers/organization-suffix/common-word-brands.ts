import type { Token } from '../../../types.js';
import { SpanIndex } from '../../span-index.js';
import type { Candidate } from '../../recognizer.js';
import { BRANDED, type SuffixContext } from './context.js';

/** Tags of the common words a brand may be made of (浩瀚/a, 晨曦/n, 星光/n). */
const WEAK_CORE_TAGS = new Set(['n', 'a', 'an', 'nz', 'ng', 'vn', 'x']);

const COORDINATOR = new Set([...'与和同、']);

/**
 * Whether the words before a company's or institute's ending may be a brand of common words (浩瀚影业,
 * 晨曦研究院): one or two of them, at least 2 characters, none generic or a field noun (产业研究院).
 */
export function isCommonWordBrand(sc: SuffixContext, core: string, coreTokens: readonly Token[], subtype: string): boolean {
  const dict = sc.ctx.dictionary;
  return BRANDED.has(subtype) && core.length >= 2 && coreTokens.length <= 2
    && coreTokens.every((t: Token) => WEAK_CORE_TAGS.has(t.tag) && !dict.generic.has(t.word) && !dict.fieldNouns.has(t.word));
}

/**
 * A name of common words before a company's or institute's ending (浩瀚影业, 晨曦研究院) is a body when
 * the sentence puts it beside one (浩瀚影业与白鹭科技有限公司, …和浩瀚影业), names one of its organs or
 * holdings (鲸鱼影业董事会, …旗下) or cites it as a source (据晨曦研究院发布 / 统计 / 数据).
 */
export function treatedAsBody(sc: SuffixContext, c: Candidate, found: SpanIndex<Candidate>): boolean {
  const { ctx, known } = sc;
  const { text } = ctx;
  const orgStartsAt = (at: number) => known.startingAt(at).length > 0 || found.startingAt(at).length > 0;
  const orgEndsAt = (at: number) => known.endingAt(at).length > 0 || found.endingAt(at).length > 0;
  if (COORDINATOR.has(text[c.end] ?? '') && orgStartsAt(c.end + 1)) return true;
  if (COORDINATOR.has(text[c.start - 1] ?? '') && orgEndsAt(c.start - 1)) return true;
  const after = text.slice(c.end, c.end + 4);
  return ctx.dictionary.bodyWordAfter.test(after) || (text[c.start - 1] === '据' && ctx.dictionary.sourceVerb.test(after));
}

/**
 * Adds to `out` the brands the sentence treats as bodies, beside the organizations of `out` or of those
 * kept before them. By offset, not by scanning `out` for each: a text of many such names stays linear.
 */
export function keepBrandsTreatedAsBodies(sc: SuffixContext, brands: readonly Candidate[], out: Candidate[]): void {
  const found = new SpanIndex(brands.length ? out : []);
  for (const c of brands) {
    if (!treatedAsBody(sc, c, found)) continue;
    out.push(c);
    found.add(c);
  }
}
