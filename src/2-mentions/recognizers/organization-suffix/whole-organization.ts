import type { Token } from '../../../types.js';
import { extendLeft } from '../../phrase.js';
import type { Candidate } from '../../recognizer.js';
import { foreignSubtype, isForeignCountry, type SuffixContext } from './context.js';

/**
 * Whether jieba knows the token as an organization whole (新东方教育科技集团有限公司/nt): no token starts at its
 * ending. jieba's dictionary also tags some common words nt (新格局): a generic word is none.
 */
export function isWholeOrganizationToken(sc: SuffixContext, tok: Token, cue: string): boolean {
  return tok.tag === 'nt' && tok.word.length > cue.length + 1 && !sc.ctx.tokenStartingAt.has(tok.end - cue.length) && !sc.ctx.dictionary.generic.has(tok.word);
}

/** Whether a known organization begins at most 30 characters before `start` and reaches `end`. */
function coveredByKnown(sc: SuffixContext, start: number, end: number): boolean {
  for (let at = Math.max(0, start - 30); at <= start; at++) if (sc.known.startingAt(at).some((c) => c.end >= end)) return true;
  return false;
}

/**
 * An organization jieba knows whole, with the name words before it; none when it lies inside a
 * known organization. 美国教育部: a country before a Chinese ministry's name makes it that country's ministry.
 */
export function wholeOrganization(sc: SuffixContext, tok: Token, suffix: { cue: string; value: string }): Candidate | undefined {
  const { text } = sc.ctx;
  const end = tok.end;
  const start = extendLeft(sc.ctx, tok.start);
  const country = sc.places.within(start, tok.start).find(isForeignCountry);
  if (country && start < tok.start) {
    return { kind: 'organization', start, end, name: text.slice(start, end), subtype: suffix.value === 'government' ? 'foreign_government' : suffix.value, priority: 11, by: sc.by };
  }
  if (coveredByKnown(sc, tok.start, tok.end)) return undefined;
  const place = sc.places.within(start, tok.start)[0];
  return { kind: 'organization', start, end, name: text.slice(start, end), subtype: foreignSubtype(suffix.value, isForeignCountry(place)), priority: 6, by: sc.by };
}
