import type { Span } from '../../2-mentions/span-index.js';
import { appointingEndsAt, appointmentAfter, capacityAfter, joiningAfter, postAfterJoining } from '../../2-mentions/appointment.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { PositionLookups } from './lookups.js';

/** The predicate that gives a name the posts named after it. */
export interface PredicateAfterName {
  /** Where the predicate starts (past the adverbs and dates after the name). */
  at: number;
  predicate: string;
  /** A capacity (作为): its first chain counts only where the first title names its organization. */
  capacity: boolean;
  /** The organization joined (X加入星澜影业，担任总经理): the posts without an organization of their own are there. */
  joined?: ResolvedMention;
}

/** 任命任涛为…台长: 为 after a name that a predicate of appointing comes right before. */
function appointedAs({ ctx }: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  return ctx.text[name.end] === '为' && appointingEndsAt(ctx.dictionary, ctx.text, name.start, sentenceStart)
    ? { at: name.end, predicate: '为', capacity: false }
    : undefined;
}

/** X任…, X已正式出任…, X于2019年任…: adverbs and dates may stand between the name and the predicate. */
function appointedAfter({ ctx }: PositionLookups, name: Span): PredicateAfterName | undefined {
  const after = appointmentAfter(ctx.dictionary, ctx.text, name.end);
  return after && { ...after, capacity: false };
}

/** X作为星澜影业的总经理: a capacity gives a post only where the first title names its organization. */
function inCapacity({ ctx }: PositionLookups, name: Span): PredicateAfterName | undefined {
  const after = capacityAfter(ctx.dictionary, ctx.text, name.end);
  return after && { ...after, capacity: true };
}

/** X加入星澜影业，担任总经理: the post is at the organization joined. */
function joinedThenPost({ ctx, orgs }: PositionLookups, name: Span): PredicateAfterName | undefined {
  const joining = joiningAfter(ctx.dictionary, ctx.text, name.end);
  const joined = joining === undefined ? undefined : orgs.startingAt(joining.at + joining.predicate.length)[0]?.m;
  const post = joined && postAfterJoining(ctx.dictionary, ctx.text, joined.candidate.end);
  return post && { ...post, capacity: false, joined };
}

/** The first predicate after a name that gives it a post, tried in this order: appointed as, appointed, capacity, joining. */
export function predicateAfterName(lookups: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  return appointedAs(lookups, name, sentenceStart) ?? appointedAfter(lookups, name) ?? inCapacity(lookups, name) ?? joinedThenPost(lookups, name);
}
