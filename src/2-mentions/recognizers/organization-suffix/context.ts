import { SpanIndex } from '../../span-index.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';

/** What the organization-suffix strategies read besides the text: what the recognizers before found, by offset. */
export interface SuffixContext {
  readonly ctx: RecognizerContext;
  /** The recognizer's name, given to the candidates as `by`. */
  readonly by: string;
  /** Organizations named in full (dictionary names and aliases). */
  readonly known: SpanIndex<Candidate>;
  readonly places: SpanIndex<Candidate>;
  readonly titleList: readonly Candidate[];
  readonly titles: SpanIndex<Candidate>;
  /** What this recognizer has found so far, in text order (a unit glued to an organization found before it). */
  readonly found: SpanIndex<Candidate>;
}

export function suffixContext(ctx: RecognizerContext, by: string): SuffixContext {
  const titleList = ctx.candidates.filter((c) => c.kind === 'title');
  return {
    ctx, by,
    known: new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization' && !c.shortForm)),
    places: new SpanIndex(ctx.candidates.filter((c) => c.kind === 'place')),
    titleList,
    titles: new SpanIndex(titleList),
    found: new SpanIndex(),
  };
}

/** A place candidate naming a country other than China. */
export const isForeignCountry = (place: Candidate | undefined): boolean => place?.subtype === 'country' && !/^中国|^中华/.test(place.name);

/** A foreign country's government body or broadcaster is foreign_government / foreign_media. */
export const foreignSubtype = (subtype: string, foreign: boolean): string =>
  !foreign ? subtype : subtype === 'government' ? 'foreign_government' : subtype === 'broadcaster' ? 'foreign_media' : subtype;

/**
 * Kinds of organization whose name may be a word jieba has to guess before the ending (云帆科技有限公司,
 * 星澜研究院): companies, research and education. Not government bodies or channels: an unknown word
 * before 局 or 频道 is more often a slip of the cut (精简|精办|频道) than a name.
 */
export const BRANDED = new Set(['company', 'research', 'education']);
