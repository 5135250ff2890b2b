import type { ResolvedMention } from '../3-resolve/entities.js';
import type { RelationContext } from './index.js';
import { isOrg, type SentenceView } from './sentence-view.js';

/** Endings of a department inside a government body (传媒司, 电影局, 电视剧处). */
const DEPARTMENT = /(?:司|局|处)$/u;
/** What ends the list a department is named in: a clause or sentence break. */
const BREAK = /[，,；;。：:]/u;

/** A department found by its ending alone, with no parent in its name and no place of its own (传媒司, not 湖南省广播电视局). */
function isBareDepartment(ctx: RelationContext, m: ResolvedMention): boolean {
  const name = m.entity.name;
  if (m.candidate.by !== 'organization-suffix' || m.candidate.parent || m.candidate.shortForm || m.entity.subtype !== 'government') return false;
  if (name.length > 7 || !DEPARTMENT.test(name) || ctx.dictionary.organizationBySurface.has(name)) return false;
  // 市电影局, 省广电局: a body of the place the text is about, not a department of the body before it.
  if (ctx.dictionary.placeLevels.some((level) => name.startsWith(level))) return false;
  for (let n = 2; n < name.length; n++) if (ctx.dictionary.places.has(name.slice(0, n))) return false;
  return true;
}

/**
 * Departments named bare in a list after their body (总局副局长、党组成员、电影局局长; 总局宣传司副司长王某、
 * 传媒司副司长李某): the government body named last before the department in the same clause is its
 * owner, or that body's own parent when it is itself a department of a parent (宣传司 and 传媒司 are
 * both the 总局's). Pairs of unit and owner.
 */
export function bareDepartmentOwners(ctx: RelationContext, view: SentenceView, parentMention: (name: string) => ResolvedMention | undefined): [ResolvedMention, ResolvedMention][] {
  const out: [ResolvedMention, ResolvedMention][] = [];
  const orgs = view.actors.filter(isOrg);
  for (const unit of orgs) {
    if (!isBareDepartment(ctx, unit)) continue;
    const before = orgs.filter((o) => o.candidate.end <= unit.candidate.start && o.entity.id !== unit.entity.id).at(-1);
    // The department opens an item of the list (…、电影局局长); 各省广电局 is no department of the body before it.
    if (ctx.text[unit.candidate.start - 1] !== '、') continue;
    if (!before || before.entity.subtype !== 'government' || BREAK.test(ctx.text.slice(before.candidate.end, unit.candidate.start))) continue;
    // 国家广播电视总局宣传司: a department spelled as parent + department passes its parent on; a body whose
    // dictionary parent is not in its name (国家新闻出版广电总局 under 国务院) owns the department itself.
    const parent = before.candidate.parent;
    const sibling = parent !== undefined && before.entity.name.startsWith(parent) && DEPARTMENT.test(before.entity.name);
    const owner = sibling ? parentMention(parent) : isBareDepartment(ctx, before) ? undefined : before;
    if (owner && owner.entity.id !== unit.entity.id) out.push([unit, owner]);
  }
  return out;
}
