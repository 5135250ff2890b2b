import type { RelationCandidate, RelationContext, RelationRule } from '../index.js';
import { fact, isPlatform } from '../sentence-view.js';
import { framesOf, type Frame } from './frame.js';
import { frameRow, type FrameRow } from './table.js';

/** The rule of one row of the relation table: each frame's subjects with each of its objects. */
export function frameRule(row: FrameRow): RelationRule {
  return {
    name: row.name,
    relate(ctx: RelationContext): RelationCandidate[] {
      const out: RelationCandidate[] = [];
      for (const frame of framesOf(ctx, row)) {
        if (row.parties) {
          out.push(...partyFacts(frame));
          continue;
        }
        for (const target of frame.objects) {
          // An organization named inside the title (《国家广播电视总局…办法》) is no party to it, except a signatory.
          const nested = frame.view.nested.get(target.entity.id);
          for (const subject of row.source === 'beneficiary' ? frame.beneficiaries.filter(isPlatform) : frame.subjects) {
            if (row.relation !== 'signed' && nested?.some((n) => n.entity.id === subject.entity.id)) continue;
            out.push(fact(row.relation, subject, target, frame.view));
          }
        }
      }
      return out;
    },
  };
}

/** A symmetric act's facts: each subject with each partner, or the subjects with each other when none is named. */
function partyFacts({ row, subjects, objects, view }: Frame): RelationCandidate[] {
  if (objects.length) return subjects.flatMap((s) => objects.map((o) => fact(row.relation, s, o, view)));
  return subjects.flatMap((s, i) => subjects.slice(i + 1).map((o) => fact(row.relation, s, o, view)));
}

export const issued = frameRule(frameRow('issued'));
export const produced = frameRule(frameRow('produced'));
export const broadcast = frameRule(frameRow('broadcast'));
export const signedByVerb = frameRule(frameRow('signed'));
export const madeFor = frameRule(frameRow('made-for'));
export const organizedByVerb = frameRule(frameRow('organized'));
export const metWith = frameRule(frameRow('met-with'));
export const cooperatesWith = frameRule(frameRow('cooperates-with'));
