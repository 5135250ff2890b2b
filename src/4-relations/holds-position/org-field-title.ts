import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { PositionLookups } from './lookups.js';

/** Tags of the words that may name a field between an organization and a title (技术, 人力资源, 内容). */
const FIELD_TAGS = /^(?:n|vn|nz|an)$/;

/**
 * Whether the organization's name with the field after it is written elsewhere in the text (星澜影业音乐董事长
 * beside 星澜影业动画、星澜影业音乐; 总局规划院院长 beside 总局规划院将…): then the two name a unit of
 * their own, which holds the post, not the organization with a field.
 */
function namesUnit({ ctx, orgMentions }: PositionLookups, org: ResolvedMention, field: string, titleStart: number): boolean {
  const forms = new Set([org.entity.name, ...org.entity.aliases, ...orgMentions.filter((m) => m.entity === org.entity).map((m) => ctx.text.slice(m.candidate.start, m.candidate.end))]);
  for (const form of forms) {
    for (let at = ctx.text.indexOf(form + field); at >= 0; at = ctx.text.indexOf(form + field, at + 1)) {
      if (at + form.length + field.length !== titleStart) return true;
    }
  }
  return false;
}

/**
 * 腾讯技术总监, 字节跳动人力资源负责人: an organization, then a field of two to six characters, then the
 * title at `titleStart`. The field is Han words that are neither titles nor predicates (腾讯表示总监 is none),
 * and the two are not the name of a unit written elsewhere (see `namesUnit`).
 */
export function orgBeforeField(lookups: PositionLookups, titleStart: number): { org: ResolvedMention; field: string } | undefined {
  const { ctx, orgs } = lookups;
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
    return namesUnit(lookups, org, field, titleStart) ? undefined : { org, field };
  }
  return undefined;
}
