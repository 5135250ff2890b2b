import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { PositionLookups } from './lookups.js';

/** Tags of the words that may name a field between an organization and a title (技术, 人力资源, 内容). */
const FIELD_TAGS = /^(?:n|vn|nz|an)$/;

/**
 * 腾讯技术总监, 字节跳动人力资源负责人: an organization, then a field of two to six characters, then the
 * title at `titleStart`. The field is Han words that are neither titles nor predicates (腾讯表示总监 is none).
 */
export function orgBeforeField({ ctx, orgs }: PositionLookups, titleStart: number): { org: ResolvedMention; field: string } | undefined {
  for (let at = titleStart - 2; at >= titleStart - 6 && at > 0; at--) {
    const org = orgs.endingAt(at)[0]?.m;
    if (!org) continue;
    const field = ctx.text.slice(at, titleStart);
    if (!/^\p{Script=Han}+$/u.test(field)) return undefined;
    const first = ctx.tokenStartingAt.get(at);
    if (first === undefined) return undefined;
    for (let i = first; ctx.tokens[i]!.start < titleStart; i++) {
      const t = ctx.tokens[i]!;
      if (t.end > titleStart || !FIELD_TAGS.test(t.tag) || ctx.dictionary.titleKind.has(t.word) || ctx.dictionary.predicates.has(t.word)) return undefined;
    }
    return { org, field };
  }
  return undefined;
}
