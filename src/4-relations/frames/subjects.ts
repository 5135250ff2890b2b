import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import { isOrg, type SentenceView } from '../sentence-view.js';
import { clauseTopic } from './clause-topic.js';
import { COORDINATION } from './clauses.js';
import { bothParties } from './both-parties.js';
import type { Predicate } from './predicates.js';
import type { FrameRow } from './table.js';

/** A frame's subjects, and how they were found: in the clause, or carried over from the clause before. */
export interface FrameSubjects {
  subjects: ResolvedMention[];
  /** Found after the verb (登陆A、B): the objects then stand before it. */
  landing: boolean;
  /** The topic of an earlier clause (…，日前还宣布了将拍摄《…》): it acts only on what follows its verb. */
  carried: boolean;
  /** Those the act is done for (东方卫视为百视TV定制的《…》: 百视TV). */
  beneficiaries?: ResolvedMention[];
  /** Named in a field after the verb (出品方：A、B): the object is the one the text is about. */
  field?: boolean;
}

/**
 * The coordinated group of actors that ends right before the verb (中央网信办、市场监管总局…联合印发).
 * Between the last of them and the verb may stand adverbs of time and manner, a place, a count of parties
 * (the dictionary's subjectGap: the grammar's subjectGapWords, party… lists).
 */
function groupBefore(ctx: RelationContext, candidates: ResolvedMention[], verbAt: number): ResolvedMention[] {
  // By end, the outer name last: in 国家广播电视总局办公厅发布 the office acts, not 国家广播电视总局 inside its name.
  const sorted = [...candidates].sort((a, b) => a.candidate.end - b.candidate.end || b.candidate.start - a.candidate.start);
  const last = sorted.at(-1);
  if (!last) return [];
  // A unit of the last one may stand between (湖南卫视的其他剧场也曾播出: the channel's unit acts for it).
  const gap = ctx.text.slice(last.candidate.end, verbAt);
  const unit = ctx.dictionary.subjectUnit.exec(gap);
  if (!subjectGapFits(ctx, unit ? gap.slice(unit[0].length) : gap)) return [];
  const group = [last];
  for (let i = sorted.length - 2; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.candidate.end > group[0]!.candidate.start) continue; // a name inside the subject's name
    if (!COORDINATION.test(ctx.text.slice(m.candidate.end, group[0]!.candidate.start))) break;
    group.unshift(m);
  }
  return group;
}

/** How long a beneficiary no recognizer named may be (为百视TV, 为年轻观众). */
const BENEFICIARY_REACH = 10;

/**
 * Whether `gap` may stand between a subject and its verb: the dictionary's subjectGap, after a phrase of
 * whom the act is for that names nobody we know (东方卫视为年轻观众度身定制: 东方卫视 acts; a named one is
 * read by forWhom).
 */
function subjectGapFits(ctx: RelationContext, gap: string): boolean {
  if (ctx.dictionary.subjectGap.test(gap)) return true;
  if (!gap.startsWith('为')) return false;
  for (let n = 2; n <= Math.min(BENEFICIARY_REACH, gap.length); n++) if (ctx.dictionary.subjectGap.test(gap.slice(n))) return true;
  return false;
}

/** The coordinated group of actors right after `at` (登陆A、B等). */
export function groupAfter(ctx: RelationContext, actors: ResolvedMention[], at: number): ResolvedMention[] {
  const after = actors.filter((a) => a.candidate.start >= at).sort((a, b) => a.candidate.start - b.candidate.start);
  if (!after.length || ctx.text.slice(at, after[0]!.candidate.start).trim() !== '') return [];
  const group = [after[0]!];
  for (const m of after.slice(1)) {
    if (!COORDINATION.test(ctx.text.slice(group.at(-1)!.candidate.end, m.candidate.start))) break;
    group.push(m);
  }
  return group;
}

/** Whether the actors follow each other joined only by 、 和 与 (a venue list: 在湖南卫视、芒果TV). */
const coordinated = (ctx: RelationContext, list: ResolvedMention[]) =>
  list.every((m, i) => i === 0 || COORDINATION.test(ctx.text.slice(list[i - 1]!.candidate.end, m.candidate.start)));

/** Whether `m` may be the subject of the row's predicate. */
export const subjectTest = (row: FrameRow) => (m: ResolvedMention) =>
  row.subject === 'actor' ? isOrg(m) || m.entity.type === 'official' || m.entity.type === 'person' : m.entity.type === row.subject;

/** The parties of a clause that all act (签署): people, and organizations that do not merely name a title's owner. */
function allParties(ctx: RelationContext, inClause: ResolvedMention[]): ResolvedMention[] {
  const titleStarts = titleStartsOf(ctx);
  return inClause.filter((a) => !isOrg(a) || !(titleStarts.has(a.candidate.end) || titleStarts.has(a.candidate.end - 1)));
}

const titleStartCache = new WeakMap<object, Set<number>>();
function titleStartsOf(ctx: RelationContext): Set<number> {
  let starts = titleStartCache.get(ctx.kept);
  if (!starts) titleStartCache.set(ctx.kept, (starts = new Set(ctx.kept.filter((c) => c.kind === 'title').map((c) => c.start))));
  return starts;
}

/**
 * A clause without a subject of its own: 爱奇艺宣布，网剧《…》将于明年上线 (the organization that announces
 * it in the clause before), or …，日前还宣布了将拍摄《…》 (a clause with nothing named before its verb goes on
 * with the topic of one before).
 */
export function carriedSubject(ctx: RelationContext, view: SentenceView, p: Predicate, accepts: (m: ResolvedMention) => boolean): FrameSubjects | undefined {
  const from = p.clauseStart;
  if (from <= view.sentence.start) return undefined;
  const announcer = view.actors.filter((a) => accepts(a) && a.candidate.end < from && ctx.dictionary.announces.test(ctx.text.slice(a.candidate.end, from))).at(-1);
  if (announcer && !view.actors.some((a) => a.candidate.start >= from && a.candidate.end <= p.start)) return { subjects: [announcer], landing: false, carried: false };
  const bare = !view.mentions.some((a) => a.candidate.start >= from && a.candidate.end <= p.start);
  const topic = bare ? clauseTopic(ctx, view, from, accepts) : undefined;
  return topic ? { subjects: [topic], landing: false, carried: true } : undefined;
}

/** A group after 为 is done for: the subject is the group before 为 (东方卫视为百视TV定制: 东方卫视 for 百视TV). */
function forWhom(ctx: RelationContext, inClause: ResolvedMention[], group: ResolvedMention[]): FrameSubjects | undefined {
  const at = group[0]!.candidate.start - 1;
  if (ctx.text[at] !== '为') return undefined;
  const subjects = groupBefore(ctx, inClause.filter((a) => a.candidate.end <= at), at);
  return subjects.length ? { subjects, landing: false, carried: false, beneficiaries: group } : undefined;
}

/** The subjects of predicate `p` read as the row's relation. */
export function frameSubjects(ctx: RelationContext, views: readonly SentenceView[], view: SentenceView, p: Predicate, row: FrameRow): FrameSubjects {
  const accepts = subjectTest(row);
  // 出品方：A、B、C: the parties are the names after the label.
  if (p.field) return { subjects: groupAfter(ctx, view.actors.filter(accepts), p.end), landing: false, carried: false, field: true };
  const own = subjectsInClause(ctx, view, p, row, accepts);
  if (own?.subjects.length) return own;
  const both = bothParties(ctx, views, view, p, accepts);
  if (both) return { subjects: both, landing: false, carried: false };
  return (!row.allParties && carriedSubject(ctx, view, p, accepts)) || { subjects: [], landing: false, carried: false };
}

/** The subjects the clause of `p` names itself. */
function subjectsInClause(ctx: RelationContext, view: SentenceView, p: Predicate, row: FrameRow, accepts: (m: ResolvedMention) => boolean): FrameSubjects | undefined {
  const from = p.clauseStart;
  // Actors in the clause before the verb, not guides (…指导).
  const inClause = view.actors.filter((a) => accepts(a) && a.candidate.start >= from && a.candidate.end <= p.start
    && !/^指导/.test(ctx.text.slice(a.candidate.end, a.candidate.end + 2)));
  if (row.allParties) return { subjects: allParties(ctx, inClause), landing: false, carried: false };
  // 后续也将登陆哈巴尔电视台、31频道: the channels after 登陆 carry the work.
  const landing = /登陆/.test(p.verb) ? groupAfter(ctx, view.actors.filter(accepts), p.end) : [];
  if (landing.length) return { subjects: landing, landing: true, carried: false };
  // 在湖南卫视、芒果TV开播: the venue is the subject; otherwise only the coordinated group right before the
  // verb acts (not 芒果TV in 芒果TV落实总局印发的…, nor the 的-modifier of a noun).
  const venueAt = row.venue ? ctx.text.slice(from, p.start).lastIndexOf('在') : -1;
  const venueGroup = venueAt < 0 ? [] : inClause.filter((a) => a.candidate.start > from + venueAt);
  const subjects = venueGroup.length && coordinated(ctx, venueGroup) ? venueGroup : groupBefore(ctx, inClause, p.start);
  return subjects.length ? forWhom(ctx, inClause, subjects) ?? { subjects, landing: false, carried: false } : undefined;
}
