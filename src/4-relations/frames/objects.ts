import { longestSuffix } from '../../dictionary/compile.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import type { SentenceView } from '../sentence-view.js';
import { objectRun } from './object-runs.js';
import type { Predicate } from './predicates.js';
import type { FrameSubjects } from './subjects.js';
import type { FrameRow } from './table.js';

/**
 * 第十三届中国网络视听大会将于9月举办。大会由…主办: a sentence that opens with an event's head word (大会,
 * 论坛, 峰会) speaks of the event named just before if it has that head, and of another one if not
 * (…大会。论坛由…主办: a forum of the conference).
 */
function openingHead(ctx: RelationContext, sentence: string): string | undefined {
  for (let n = 4; n >= 2; n--) if (ctx.dictionary.eventCues.has(sentence.slice(0, n))) return sentence.slice(0, n);
  return undefined;
}

const eventHead = (ctx: RelationContext, m: ResolvedMention) => (m.entity.type === 'event' ? longestSuffix(m.entity.name, ctx.dictionary.eventCues)?.cue : undefined);

/**
 * Objects carried from the sentences before, when the clause names none: one the sentence refers to
 * (该剧, 本届…, a passive 由…主办), for a sentence opening with an event's head word the last event of that
 * head, and the whole list ending with the last one when the clause refers to several (the dictionary's
 * pluralReferents: 这些电视剧也将在安徽卫视播出).
 */
function carriedObjects(ctx: RelationContext, views: readonly SentenceView[], view: SentenceView, p: Predicate, row: FrameRow): ResolvedMention[] {
  const candidates = views.slice(Math.max(0, view.index - 3), view.index).flatMap((v) => v.mentions).filter((o) => row.objects.includes(o.entity.type));
  const earlier = candidates.at(-1);
  if (!earlier) return [];
  const s = view.sentence;
  const lead = ctx.text.slice(p.clauseStart, p.start);
  if (ctx.dictionary.pluralReferent.test(lead)) return objectRun(ctx.text, candidates, earlier, -1).reverse();
  const refers = /该剧|该片|该节目|该作品/.test(s.text) || /^(?:本届|本次|此次|该)/u.test(s.text) || /由/.test(lead);
  const head = openingHead(ctx, s.text);
  return (head ? head === eventHead(ctx, earlier) : refers) ? [earlier] : [];
}

/** How many sentences back a field's object may stand (the title, then a credits block). */
const FIELD_REACH = 6;

/**
 * The object of a field (出品方：A、B): the last one of the row's types before it, in its sentence or the few
 * before, else the first of the document (the text's own title).
 */
function fieldObject(views: readonly SentenceView[], view: SentenceView, p: Predicate, row: FrameRow): ResolvedMention[] {
  const fits = (o: ResolvedMention) => row.objects.includes(o.entity.type) && o.candidate.end <= p.start;
  const near = views.slice(Math.max(0, view.index - FIELD_REACH), view.index + 1).flatMap((v) => v.mentions).filter(fits).at(-1);
  const first = near ?? views.flatMap((v) => v.mentions).find(fits);
  return first ? [first] : [];
}

/**
 * The objects of predicate `p`: the titles right after the verb (the list joined to the first, or all of the
 * sentence's for a row that reaches the sentence), else the list ending before it (《甲》《乙》等由X制作的…,
 * a verb-final clause), else one carried from the sentences before.
 */
export function frameObjects(ctx: RelationContext, views: readonly SentenceView[], view: SentenceView, p: Predicate, row: FrameRow, found: FrameSubjects): ResolvedMention[] {
  if (found.field) return fieldObject(views, view, p, row);
  const objects = view.mentions.filter((o) => row.objects.includes(o.entity.type));
  const after = objects.filter((o) => o.candidate.start >= p.end);
  const before = objects.filter((o) => o.candidate.end <= p.start).at(-1);
  const beforeRun = !before ? [] : row.reach === 'sentence' ? [before] : objectRun(ctx.text, objects, before, -1);
  // A topic carried from another clause acts only on what follows its verb (not 北京卫视拿下了《甲》…，更将其推出).
  const targets = found.carried && !after.length ? []
    : found.landing || !after.length ? beforeRun
    : row.reach === 'sentence' ? after : objectRun(ctx.text, objects, after[0]!, 1);
  return targets.length ? targets : carriedObjects(ctx, views, view, p, row);
}
