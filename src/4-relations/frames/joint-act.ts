import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import { isOrg, TITLE_TYPES, type SentenceView } from '../sentence-view.js';
import type { Predicate } from './predicates.js';
import { carriedSubject, groupAfter } from './subjects.js';

/** Who does a symmetric act (meeting, working together): the subjects, and the partners each of them acts with. */
export interface FrameParties {
  subjects: ResolvedMention[];
  /** The partners; none when the subjects act with each other (A与B联合出品). */
  objects: ResolvedMention[];
}


/**
 * The parties of a joint act (联合, 携手, 合作, 共同): A携手B、C、D, each partner after a verb that also joins
 * parties (the grammar's jointConjunctions) with the subject (the organizations before it, or the topic of
 * the clause before); else two or three organizations coordinated before the verb, or those and the one right
 * after 联合 / 携手 (A联合B发布), with each other. None when the verb is part of a name or no such parties stand.
 */
export function jointParties(ctx: RelationContext, view: SentenceView, p: Predicate): FrameParties | undefined {
  if (view.mentions.some((x) => TITLE_TYPES.has(x.entity.type) && x.candidate.start <= p.start && p.start < x.candidate.end)) return undefined;
  if (namesNoAct(ctx, p)) return undefined;
  const before = view.actors.filter((a) => isOrg(a) && a.candidate.start >= p.clauseStart && a.candidate.end <= p.start);
  const partners = ctx.dictionary.jointConjunctions.includes(p.verb) ? groupAfter(ctx, view.actors.filter(isOrg), p.start + p.verb.length) : [];
  if (partners.length > 1 || (partners.length && !before.length)) {
    return { subjects: before.length ? before : carriedSubject(ctx, view, p, isOrg)?.subjects ?? [], objects: partners };
  }
  const orgs = uniqueEntities(partners[0] ? [...before, partners[0]] : before);
  if (orgs.length < 2 || orgs.length > 3) return undefined;
  // Coordinated: only 、 和 与 及 联合 spaces between them, an adverb before 与 (A将与B开展合作; the
  // dictionary's joinedParties: the grammar's jointAdverbs, jointConjunctions).
  const joined = orgs.every((o, i) => i === 0 || ctx.dictionary.joinedParties.test(ctx.text.slice(orgs[i - 1]!.candidate.end, o.candidate.start)));
  return joined ? { subjects: orgs, objects: [] } : undefined;
}

/**
 * A joint-act verb that tells no act: the head of a noun after it (合作方, 合作渠道: the dictionary's
 * jointNounHeads), or the kind of what a signing in its clause signs (A与B签署合作文件: they sign it, and
 * SCHEMA gives a signing's parties `signed`, not `cooperates_with`).
 */
function namesNoAct(ctx: RelationContext, p: Predicate): boolean {
  const end = p.start + p.verb.length;
  if (ctx.dictionary.jointNounHead.test(ctx.text.slice(end, end + 4))) return true;
  const signing = ctx.dictionary.relationVerbs.get('signed');
  return !!signing && ctx.text.slice(p.clauseStart, p.start).search(signing) >= 0;
}

function uniqueEntities(list: ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
}
