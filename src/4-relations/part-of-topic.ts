import type { ResolvedMention } from '../3-resolve/entities.js';
import { isOrg, type SentenceView } from './sentence-view.js';

/** Kinds of body whose units the text may name bare, trusting the reader to know whose they are. */
const BUSINESSES = new Set(['platform', 'company']);

/**
 * The company or platform the document is about: the first named in its headline (its first sentence), when
 * that is no unit itself. A unit named by its function alone with no owner in its sentence (产品部和数据科学部的
 * 负责人, in a report on one company's reshuffle) is that company's, when it stands after the headline.
 */
export function headlineBusiness(views: readonly SentenceView[], unitView: SentenceView): ResolvedMention | undefined {
  // In the headline itself an owner must come before the unit (王明兼任视频业务部总裁，向腾讯总部汇报: no owner).
  if (unitView.index === 0) return undefined;
  const first = views[0]?.actors.filter(isOrg).find((o) => !o.candidate.unit);
  return first && BUSINESSES.has(first.entity.subtype ?? '') ? first : undefined;
}
