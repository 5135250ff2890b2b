import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { PositionLookups } from './lookups.js';

/**
 * The organizations that share the title of `org` (which ends right before it): those joined before it
 * by 及 (星澜影业及芒果超媒负责人王海涛: the head of both), nearest first. 和 and 与 are no such joiners: 星澜影业与
 * 芒果超媒董事长王海涛签约 names a party and a person.
 */
export function orgsSharingTitle({ ctx, orgs }: PositionLookups, org: ResolvedMention): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (let at = org.candidate.start; ;) {
    const joiner = ctx.dictionary.sharedTitleJoiner.exec(ctx.text.slice(Math.max(0, at - 2), at))?.[0];
    const before = joiner === undefined ? undefined : orgs.endingAt(at - joiner.length)[0]?.m;
    if (!before) return out;
    out.push(before);
    at = before.candidate.start;
  }
}
