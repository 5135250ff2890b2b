import type { Span } from '../../2-mentions/span-index.js';
import type { PositionLookups } from './lookups.js';
import type { PredicateAfterName } from './predicate.js';

/** What may stand between a name and its passive removal (王海涛|突然|被免去…): a few characters, no mark. */
const BEFORE_REMOVAL = /^[^，,。；;：:、\s]{0,4}?$/u;

/**
 * 王海涛被免去星澜影业总经理职务, 王海涛突然被宣布被免去…职务: the posts after a passive removal, up to a
 * word of post, are former (as those of 免去王海涛…职务).
 */
export function removedPassively({ ctx }: PositionLookups, name: Span): PredicateAfterName | undefined {
  const { dictionary: dict, text } = ctx;
  const window = text.slice(name.end, name.end + 12);
  const removal = dict.passiveRemoval.exec(window);
  if (!removal || !BEFORE_REMOVAL.test(window.slice(0, removal.index))) return undefined;
  return { at: name.end + removal.index, predicate: removal[0], capacity: false, closed: 'postWord', former: true };
}
