import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import type { SentenceView } from '../sentence-view.js';
import type { FrameParties } from './joint-act.js';
import type { Predicate } from './predicates.js';

const isOfficial = (m: ResolvedMention) => m.entity.type === 'official';

/** The length of a title right after a name at `at` (总理, 首相, 主席), 0 if none. */
function titleAfter(ctx: RelationContext, at: number): number {
  for (let n = 4; n >= 1; n--) if (ctx.dictionary.titlesAfterName.has(ctx.text.slice(at, at + n))) return n;
  return 0;
}

/**
 * The parties of a meeting (曹淑敏会见…库里巴利: the last official before the verb meets each one after it)
 * or of two joined before it (A与B举行会谈), or of witnessing together (习近平与…穆罕默德共同见证: the people joined
 * by 与 right before the verb meet).
 * A sentence with fewer than two officials tells no meeting. Empty parties, never none: a sentence tells one
 * meeting, at its first verb.
 */
export function meetingParties(ctx: RelationContext, view: SentenceView, p: Predicate): FrameParties {
  const none = { subjects: [], objects: [] };
  const people = view.actors.filter(isOfficial);
  if (people.length < 2) return none;
  const before = people.filter((m) => m.candidate.end <= p.start);
  if (/见证/u.test(p.verb)) {
    // Witnesses stand joined by 与 (和, 同) or right before the verb, a title after the name aside (李强总理和
    // …首相共同见证: the grammar's titlesAfterName); the first two meet.
    const witnesses = before.filter((m) => {
      const end = m.candidate.end + titleAfter(ctx, m.candidate.end);
      return /与|和|同/u.test(ctx.text.slice(end, end + 1)) || ctx.text.slice(end, p.start) === '';
    });
    return witnesses.length >= 2 ? { subjects: witnesses.slice(0, 2), objects: [] } : none;
  }
  const subject = before.at(-1);
  const after = people.filter((m) => m.candidate.start >= p.start);
  if (!subject) return none;
  return after.length ? { subjects: [subject], objects: after } : { subjects: joinedBefore(ctx, before, p), objects: [] };
}

/**
 * A与B举行会谈: the last two officials of the verb's clause, the first joined to what follows it by 与 (和, 同; a
 * title after its name aside), meet each other. None when they are not so joined.
 */
function joinedBefore(ctx: RelationContext, before: ResolvedMention[], p: Predicate): ResolvedMention[] {
  const pair = before.filter((m) => m.candidate.start >= p.clauseStart).slice(-2);
  if (pair.length < 2) return [];
  const end = pair[0]!.candidate.end + titleAfter(ctx, pair[0]!.candidate.end);
  return /^[与和同]/u.test(ctx.text.slice(end, pair[1]!.candidate.start)) ? pair : [];
}
