import type { Span } from '../../2-mentions/span-index.js';
import { appointingEndsAt, appointmentAfter, capacityAfter, joiningAfter, pastHonorific, postAfterJoining } from '../../2-mentions/appointment.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { PositionLookups } from './lookups.js';
import type { PredicateAfterName } from './predicate.js';
import { removedPassively } from './removed-passive.js';
import { copulaAfter, removedFrom, succeededFrom, succeeding } from './stated-posts.js';

export type { PredicateAfterName } from './predicate.js';

/** 任命任涛为…台长, 任命任涛同志为…: 为 after a name that a predicate of appointing comes right before. */
function appointedAs({ ctx }: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  const at = pastHonorific(ctx.dictionary, ctx.text, name.end);
  return ctx.text[at] === '为' && appointingEndsAt(ctx.dictionary, ctx.text, name.start, sentenceStart)
    ? { at, predicate: '为', capacity: false }
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

/**
 * The first predicate after a name that gives it a post, tried in this order: appointed as, removed
 * from, succeeded from (the predecessor's posts), succeeding, appointed, removed (passive), capacity,
 * copula, joining.
 */
export function predicateAfterName(lookups: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  return appointedAs(lookups, name, sentenceStart) ?? removedFrom(lookups, name, sentenceStart) ?? succeededFrom(lookups, name, sentenceStart)
    ?? succeeding(lookups, name) ?? appointedAfter(lookups, name) ?? removedPassively(lookups, name) ?? inCapacity(lookups, name) ?? copulaAfter(lookups, name) ?? joinedThenPost(lookups, name);
}
