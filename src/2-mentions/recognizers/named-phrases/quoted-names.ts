import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { clean } from './clean-name.js';
import { cueEndingAt } from './head-word.js';

/**
 * “Quoted names” that end with a head word: an agreement first, then a document (unless an event cue
 * is longer, or it is a 计划), then an event (unless a policy 计划). The name must be longer than its cue by two.
 */
export function quotedNames(ctx: RecognizerContext, by: string): Candidate[] {
  const { text, dictionary: dict } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(/“([^“”\n]{3,40})”/gu)) {
    const inner = m[1]!;
    const start = m.index + 1;
    const end = start + inner.length;
    // The head word at a word's end (发展 ends in 展, 学法 in 法: no exhibition, no law), as outside quotes.
    const doc = cueEndingAt(ctx, end, dict.documentCues);
    const ev = cueEndingAt(ctx, end, dict.eventCues);
    const ag = cueEndingAt(ctx, end, dict.agreementCues);
    if (ag && inner.length > ag.cue.length + 1) out.push({ kind: 'agreement', start, end, name: clean(inner), subtype: ag.value, priority: 8, by });
    else if (doc && inner.length > doc.cue.length + 1 && (!ev || doc.cue.length >= ev.cue.length) && !/计划$/.test(inner)) out.push({ kind: 'document', start, end, name: clean(inner), subtype: doc.value, priority: 8, by });
    else if (ev && inner.length > ev.cue.length + 1 && !(dict.policyPlan.test(inner) && /计划$/.test(inner))) out.push({ kind: 'event', start, end, name: clean(inner), subtype: ev.value, priority: 8, by });
  }
  return out;
}
