import type { ResolvedMention } from '../3-resolve/entities.js';
import type { RelationCandidate, RelationContext } from './index.js';
import { fact, isOrg, sentenceViews, type SentenceView } from './sentence-view.js';

/** What joins the parties of one role (A、B和C共同主办). */
const JOIN = /^(?:、|和|与|及|以及)$/u;
/** What separates the clauses of a list (A主办，B承办；C协办). */
const NEXT_CLAUSE = /^[，,、；;]$/u;
/** A name the recognizers missed, then 、, at the start of a clause of the list. */
const UNKNOWN_PARTY = /^[\p{Script=Han}A-Za-z0-9]{2,20}、/u;
/** A sentence that refers to an event by its head word alone: 会议由…主办, 本届大会由…承办. */
const REFERRING = /^(?:本次|此次|本届|该|这次)?/u;

interface ListClause {
  orgs: ResolvedMention[];
  /** 主办, 承办, 协办 organize; 指导, 支持 do not. */
  organizes: boolean;
  end: number;
}

/** One clause of a list at `from`: organizations joined by 、 和 与 (等 may end them), then a role. */
function listClause(ctx: RelationContext, actors: readonly ResolvedMention[], from: number): ListClause | undefined {
  const orgs: ResolvedMention[] = [];
  // A party the recognizers missed may open the clause (星澜文创园管委会、芒果TV承办): the organizations found count.
  const unknown = UNKNOWN_PARTY.exec(ctx.text.slice(from, from + 21));
  let at = from;
  for (const a of actors) {
    if (!orgs.length && unknown && a.candidate.start === from + unknown[0].length) at = a.candidate.start;
    if (a.candidate.start < at) continue;
    if (a.candidate.start !== at && !(orgs.length && JOIN.test(ctx.text.slice(at, a.candidate.start)))) break;
    if (!isOrg(a)) return undefined;
    orgs.push(a);
    at = a.candidate.end;
  }
  if (!orgs.length) return undefined;
  if (ctx.text[at] === '等') at++;
  const rest = ctx.text.slice(at, at + 6);
  const role = ctx.dictionary.organizerRole.exec(rest) ?? ctx.dictionary.guideRole.exec(rest);
  if (!role) return undefined;
  return { orgs, organizes: ctx.dictionary.organizerRole.test(role[0]), end: at + role[0].length };
}

/** The clauses of the list that opens with 由 at `at` (由A指导，B主办，C、D承办), in order. */
function listAfter(ctx: RelationContext, actors: readonly ResolvedMention[], at: number): ListClause[] {
  const clauses: ListClause[] = [];
  let from = at + 1;
  for (;;) {
    const clause = listClause(ctx, actors, from);
    if (!clause) break;
    clauses.push(clause);
    if (!NEXT_CLAUSE.test(ctx.text[clause.end] ?? '')) break;
    from = clause.end + 1;
  }
  return clauses;
}

/**
 * The event a list at `at` is about: the one named right before 由 (X将由…主办), the one after 的 (由A主办，
 * B承办的X), or, when the sentence opens with an event's head word (会议由…主办), the last event of that
 * kind named in the sentences before.
 */
function listEvent(ctx: RelationContext, views: readonly SentenceView[], view: SentenceView, at: number, end: number): ResolvedMention | undefined {
  const events = view.mentions.filter((m) => m.entity.type === 'event');
  const before = events.filter((e) => e.candidate.end <= at).at(-1);
  if (before && ctx.dictionary.subjectGap.test(ctx.text.slice(before.candidate.end, at))) return before;
  if (ctx.text[end] === '的') return events.find((e) => e.candidate.start > end && !/[，,；;。]/u.test(ctx.text.slice(end, e.candidate.start)));
  const head = ctx.text.slice(view.sentence.start, at).replace(REFERRING, '');
  const kind = ctx.dictionary.eventCues.get(head);
  if (!kind) return undefined;
  return views.slice(Math.max(0, view.index - 6), view.index).flatMap((v) => v.mentions)
    .filter((m) => m.entity.type === 'event' && m.entity.subtype === kind).at(-1);
}

/** The lists of organizers (由A主办，B、C承办，D协办) of a document: each organizing party with its event. */
export function organizerLists(ctx: RelationContext): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const views = sentenceViews(ctx);
  for (const view of views) {
    const actors = [...view.actors].sort((a, b) => a.candidate.start - b.candidate.start);
    for (const m of view.sentence.text.matchAll(/由/gu)) {
      const at = view.sentence.start + m.index;
      const clauses = listAfter(ctx, actors, at);
      if (!clauses.length) continue;
      const event = listEvent(ctx, views, view, at, clauses.at(-1)!.end);
      if (!event) continue;
      for (const clause of clauses) if (clause.organizes) for (const org of clause.orgs) out.push(fact('organized', org, event, view));
    }
  }
  return out;
}
