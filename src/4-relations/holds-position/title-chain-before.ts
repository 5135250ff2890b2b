import { orgEndingAt, type ChainElement, type PositionLookups } from './lookups.js';
import { orgBeforeField } from './org-field-title.js';
import { orgsSharingTitle } from './shared-title.js';

/** What may stand between the elements of a title chain: 、 ， 兼 和 a space. */
const SEPARATOR = /^(?:、|，|,|兼|和|及| |　|)$/u;
/** What may stand between the last title and the name: a space at most (王海涛任星澜影业总裁，李建国任… is no 总裁李建国). */
const BEFORE_NAME = /^[ 　]?$/u;

/**
 * Title before name: the chain of [org] title elements that ends at `end` (a name's start), read
 * leftwards but not before `floor` (the sentence's start). 中央宣传部副部长，国家广播电视总局党组书记、局长曹淑敏
 * gives three elements at two organizations; a title without its own organization takes the one on its left;
 * organizations joined by 及 before a title share it.
 */
export function titleChainBefore(lookups: PositionLookups, end: number, floor: number): ChainElement[] {
  const { ctx, titles } = lookups;
  const chain: ChainElement[] = [];
  let at = end;
  for (;;) {
    // Separators are at most one character: look at titles ending right here or one before.
    const separator = chain.length ? SEPARATOR : BEFORE_NAME;
    const title = [...titles.endingAt(at), ...titles.endingAt(at - 1)].filter((t) => t.end >= floor && separator.test(ctx.text.slice(t.end, at))).sort((a, b) => b.end - a.end)[0];
    if (!title) break;
    // 星澜影业的总经理王海涛: 的 may stand between the organization and its title.
    const org = orgEndingAt(lookups, title.start) ?? (ctx.text[title.start - 1] === '的' ? orgEndingAt(lookups, title.start - 1) : undefined);
    const field = org || chain.length ? undefined : orgBeforeField(lookups, title.start);
    if (field) {
      chain.unshift({ title, org: field.org, titleName: field.field + title.name });
      at = field.org.candidate.start;
      continue;
    }
    chain.unshift({ title, org });
    // 星澜影业及芒果超媒负责人: the organizations joined before share the title (read before it, so the chain goes on from the first).
    const sharing = org ? orgsSharingTitle(lookups, org) : [];
    for (const other of sharing) chain.unshift({ title, org: other });
    at = sharing.at(-1)?.candidate.start ?? org?.candidate.start ?? title.start;
  }
  return chain;
}
