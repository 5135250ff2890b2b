import type { Candidate } from '../../recognizer.js';
import type { SuffixContext } from './context.js';

/** Kinds of body whose name opens the name of a business unit (a platform's 电商, a company's 体育). */
const BRANDS = new Set(['platform', 'company']);

/**
 * Adds to `out` the business units named as brand + line of business (X电商, X生活服务, X广告业务, X体育:
 * grammar.json brandUnitNouns), for a platform or company the dictionary knows: the unit belongs to the
 * brand (its parent; the brand keeps its mention inside the name). The noun must end at a word boundary and
 * not open a longer noun (X电商业务, X体育产业: a field, not a unit).
 */
export function brandUnits(sc: SuffixContext, out: Candidate[]): void {
  const { text, tokens, dictionary: dict } = sc.ctx;
  for (const brand of sc.known.within(0, text.length)) {
    if (!brand.subtype || !BRANDS.has(brand.subtype) || brand.parentMention) continue;
    const noun = dict.brandUnitNoun.exec(text.slice(brand.end, brand.end + 6))?.[0];
    if (!noun) continue;
    const end = brand.end + noun.length;
    const next = sc.ctx.tokenStartingAt.get(end);
    if (end < text.length && next === undefined) continue;
    if (next !== undefined && dict.fieldNouns.has(tokens[next]!.word)) continue;
    out.push({
      kind: 'organization', start: brand.start, end, name: text.slice(brand.start, end), subtype: brand.subtype,
      parent: brand.name, parentMention: brand, priority: 11, by: sc.by,
    });
  }
}
