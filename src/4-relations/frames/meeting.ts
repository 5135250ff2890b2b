import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import type { SentenceView } from '../sentence-view.js';
import type { FrameParties } from './joint-act.js';
import type { Predicate } from './predicates.js';

const isOfficial = (m: ResolvedMention) => m.entity.type === 'official';

/**
 * The parties of a meeting (曹淑敏会见…库里巴利: the last official before the verb meets each one after it)
 * or of witnessing together (习近平与…穆罕默德共同见证: the people joined by 与 right before the verb meet).
 * A sentence with fewer than two officials tells no meeting. Empty parties, never none: a sentence tells one
 * meeting, at its first verb.
 */
export function meetingParties(ctx: RelationContext, view: SentenceView, p: Predicate): FrameParties {
  const none = { subjects: [], objects: [] };
  const people = view.actors.filter(isOfficial);
  if (people.length < 2) return none;
  const before = people.filter((m) => m.candidate.end <= p.start);
  if (/见证/u.test(p.verb)) {
    // Witnesses stand joined by 与 (和, 同) or right before the verb; the first two meet.
    const witnesses = before.filter((m) => /与|和|同/u.test(ctx.text.slice(m.candidate.end, m.candidate.end + 1)) || ctx.text.slice(m.candidate.end, p.start) === '');
    return witnesses.length >= 2 ? { subjects: witnesses.slice(0, 2), objects: [] } : none;
  }
  const subject = before.at(-1);
  return subject ? { subjects: [subject], objects: people.filter((m) => m.candidate.start >= p.start) } : none;
}
