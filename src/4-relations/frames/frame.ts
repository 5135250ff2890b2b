import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import { sentenceViews, type SentenceView } from '../sentence-view.js';
import { jointParties, type FrameParties } from './joint-act.js';
import { meetingParties } from './meeting.js';
import { frameObjects } from './objects.js';
import { predicatesOf, type Predicate } from './predicates.js';
import { frameSubjects, subjectTest } from './subjects.js';
import type { FrameRow } from './table.js';

/** One predicate read as a row's relation: who does it, to what, in which sentence. */
export interface Frame {
  row: FrameRow;
  predicate: Predicate;
  view: SentenceView;
  subjects: ResolvedMention[];
  objects: ResolvedMention[];
  /** Those the act is done for (为百视TV定制: 百视TV). */
  beneficiaries: ResolvedMention[];
}

/**
 * The frames of the row's predicate class in the document: per sentence and predicate, the coordinated
 * subject group (or a venue's, a landing's, one carried from the clause before) and the object group.
 */
export function framesOf(ctx: RelationContext, row: FrameRow): Frame[] {
  // Rows that differ only in the relation they state (produced, made-for) read the same frames: found once.
  const key = `${row.predicate}|${row.subject}|${row.objects.join()}|${row.venue ?? ''}|${row.allParties ?? ''}|${row.reach}|${row.parties ?? ''}`;
  let byRow = cache.get(ctx.resolution);
  if (!byRow) cache.set(ctx.resolution, (byRow = new Map()));
  const found = byRow.get(key);
  if (found) return found.map((f) => ({ ...f, row }));
  const frames = analyse(ctx, row);
  byRow.set(key, frames);
  return frames;
}

const cache = new WeakMap<object, Map<string, Frame[]>>();

function analyse(ctx: RelationContext, row: FrameRow): Frame[] {
  const frames: Frame[] = [];
  const views = sentenceViews(ctx);
  const accepts = subjectTest(row);
  for (const view of views) {
    // Every subject, also a venue's or a landing's, is one of the sentence's actors (or 双方, two named before):
    // without one no verb of it can act.
    if (!view.actors.some(accepts) && !view.sentence.text.includes('双方')) continue;
    for (const predicate of predicatesOf(ctx, view, row.predicate)) {
      if (row.parties) {
        // A sentence tells one meeting or joint act: the first verb that names its parties.
        const parties = PARTIES[row.parties](ctx, view, predicate);
        if (!parties) continue;
        if (parties.subjects.length) frames.push({ row, predicate, view, ...parties, beneficiaries: [] });
        break;
      }
      const found = frameSubjects(ctx, views, view, predicate, row);
      if (!found.subjects.length) continue;
      frames.push({ row, predicate, view, subjects: found.subjects, beneficiaries: found.beneficiaries ?? [], objects: frameObjects(ctx, views, view, predicate, row, found) });
    }
  }
  return frames;
}

/** The readers of a symmetric act's parties, by the row's `parties`. */
const PARTIES: Record<NonNullable<FrameRow['parties']>, (ctx: RelationContext, view: SentenceView, p: Predicate) => FrameParties | undefined> = {
  meeting: meetingParties,
  joint: jointParties,
};
