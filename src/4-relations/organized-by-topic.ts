import type { ResolvedMention } from '../3-resolve/entities.js';
import type { RelationCandidate, RelationContext } from './index.js';
import { COORDINATION } from './frames/clauses.js';
import { objectRun } from './frames/object-runs.js';
import { predicatesOf } from './frames/predicates.js';
import { fact, isOrg, sentenceViews, type SentenceView } from './sentence-view.js';

/** What may stand between an organizing verb and the first event of its run (推出了“A”“B”, 举办首届…). */
const VERB_TO_OBJECT = /^[了过]?$/u;

/**
 * The organization a sentence is about: its first actor, standing at the sentence's start or after an
 * opening adverbial closed by a comma (此外，总局… / 在此基础上，总局…), acting alone (not a modifier
 * followed by 的, nor one of a group joined by 、 和 与, which the frames read).
 */
function sentenceTopic(ctx: RelationContext, view: SentenceView): ResolvedMention | undefined {
  // An event or a title may stand in the opening adverbial (在…工作会议上，总局…); an actor may not.
  const first = view.actors[0];
  if (!first || !isOrg(first)) return undefined;
  const opening = ctx.text.slice(view.sentence.start, first.candidate.start);
  if (opening !== '' && !/^[^，,；;]{1,30}[，,]$/u.test(opening)) return undefined;
  const next = view.actors[1];
  if (ctx.text.startsWith('的', first.candidate.end)) return undefined;
  // 字节跳动公益发起…: a noun glued to the name may be the rest of a name the recognizers cut short (大力, an
  // adverb jieba tags as a noun, is a gap word).
  const after = ctx.tokens[ctx.tokenStartingAt.get(first.candidate.end) ?? -1];
  if (after && /^n/u.test(after.tag) && !ctx.dictionary.subjectGap.test(after.word)) return undefined;
  if (next && isOrg(next) && COORDINATION.test(ctx.text.slice(first.candidate.end, next.candidate.start))) return undefined;
  return first;
}

/**
 * organized, when the organization a sentence is about launches or holds a run of events in a later
 * clause of it, with no other actor between (总局积极强化…，并延展开来，相继推出“A”“B”等多项创作计划;
 * 总局通过举办A、B等活动): the frames read only the group right before the verb, and an adverbial
 * (通过, 积极强化…) stands between.
 */
export function organizedByTopic(ctx: RelationContext): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const views = sentenceViews(ctx);
  for (const view of views) {
    // Only a sentence that names events can state their organizer: the others are passed before the topic is read.
    const events = view.mentions.filter((m) => m.entity.type === 'event');
    if (events.length === 0) continue;
    // A sentence that names no actor goes on with the topic of the one before (总局先后实施了…。同时，通过开展“A”“B”…).
    const before = views[view.index - 1];
    const topic = view.actors.length ? sentenceTopic(ctx, view) : before && sentenceTopic(ctx, before);
    if (!topic) continue;
    for (const p of predicatesOf(ctx, view, 'organized')) {
      if (p.field || (view.actors.includes(topic) && p.start < topic.candidate.end)) continue;
      const between = ctx.text.slice(view.actors.includes(topic) ? topic.candidate.end : view.sentence.start, p.start);
      // 由…主办 is passive; another actor before the verb is its own subject.
      if (/由|被/u.test(between) || view.actors.some((a) => a !== topic && a.candidate.start >= topic.candidate.end && a.candidate.end <= p.start)) continue;
      const first = events.find((e) => e.candidate.start >= p.end && VERB_TO_OBJECT.test(ctx.text.slice(p.end, e.candidate.start).replace(/[“《]$/u, '')));
      if (!first) continue;
      for (const event of objectRun(ctx.text, events, first, 1)) out.push(fact('organized', topic, event, view));
    }
  }
  return out;
}
