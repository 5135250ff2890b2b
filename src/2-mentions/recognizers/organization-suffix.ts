import { longestSuffix } from '../../dictionary/compile.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { armedForces } from './organization-suffix/armed-forces.js';
import { brandUnits } from './organization-suffix/brand-unit.js';
import { keepBrandsTreatedAsBodies } from './organization-suffix/common-word-brands.js';
import { suffixContext, type SuffixContext } from './organization-suffix/context.js';
import { ministriesBeforeTitles } from './organization-suffix/ministry-before-title.js';
import { placesSharingEnding } from './organization-suffix/shared-ending.js';
import { unitByGluedEnding } from './organization-suffix/glued-unit.js';
import { headStart, nameStart, namedBySuffix } from './organization-suffix/named-by-suffix.js';
import { committeeAfterTitleChain, departmentAfterTitleChain } from './organization-suffix/title-chain-unit.js';
import { isWholeOrganizationToken, wholeOrganization } from './organization-suffix/whole-organization.js';

/**
 * The organization ending at token `ti`, if its word ends in an organization suffix, by the first strategy
 * that applies; a name of common words that may be a brand goes to `brands` instead.
 */
function organizationEndingAt(sc: SuffixContext, ti: number, brands: Candidate[]): Candidate | undefined {
  const { text, tokens, dictionary: dict } = sc.ctx;
  const tok = tokens[ti]!;
  const end = tok.end;
  const suffix = longestSuffix(text, dict.organizationSuffixes, 8, end);
  // 北京大学中文系, …管理处: an ending that names a unit only glued to its parent.
  if (!suffix) return unitByGluedEnding(sc, tok);
  // 北京影视产业, 湖南传媒行业: the ending opens a longer noun (an industry, a market), not a name.
  if (dict.fieldNouns.has(tokens[ti + 1]?.word ?? '') && tokens[ti + 1]!.start === end) return undefined;
  const department = departmentAfterTitleChain(sc, tok, suffix.cue);
  if (department) return department;
  // jieba knows some organizations whole (新东方教育科技集团有限公司/nt).
  if (isWholeOrganizationToken(sc, tok, suffix.cue)) return wholeOrganization(sc, tok, suffix);
  const suffixStart = headStart(sc, tok, suffix.cue);
  if (suffixStart === undefined) return undefined;
  const start = nameStart(sc, suffixStart, suffix);
  return committeeAfterTitleChain(sc, suffixStart, end) ?? namedBySuffix(sc, start, suffixStart, end, suffix, brands);
}

/**
 * Unseen organizations by their ending (…局, …委员会, …协会, …集团, …有限公司, …电视台, …研究院, …频道):
 * the suffix must start at a token boundary (so 格局 is not a 局), and the name extends left over name
 * words up to a function word, a predicate or punctuation. The part before the suffix must carry
 * something proper (a place, a known organization, a Latin word, a proper-noun tag) or be long enough
 * to be specific, or be followed by a title (手机部总裁). Then the brands of common words the sentence
 * treats as bodies, a country's armed forces (美军), and bodies whose ending opens the title after them
 * (科特迪瓦通讯部长), and the bodies of places listed before one ending they share (北京、河南省广电局), and the business units named brand + line of business (X电商).
 */
export const organizationSuffix: Recognizer = {
  name: 'organization-suffix',
  recognize(ctx: RecognizerContext): Candidate[] {
    const sc = suffixContext(ctx, this.name);
    const out: Candidate[] = [];
    const brands: Candidate[] = [];
    for (let ti = 0; ti < ctx.tokens.length; ti++) {
      const found = organizationEndingAt(sc, ti, brands);
      if (found) { out.push(found); sc.found.add(found); }
    }
    keepBrandsTreatedAsBodies(sc, brands, out);
    armedForces(sc, out);
    ministriesBeforeTitles(sc, out);
    placesSharingEnding(sc, out);
    brandUnits(sc, out);
    return out;
  },
};
