import type { Candidate, RecognizerContext } from '../2-mentions/recognizer.js';
import type { Resolution, ResolvedMention } from '../3-resolve/entities.js';
import type { Relation, RelationType, Sentence } from '../types.js';
import { originalSpan, type NormalizedText } from '../1-segment/normalize.js';
import { each } from '../2-mentions/each.js';

/** What relation rules read: the recognizer context plus the resolved entities and their mentions. */
export interface RelationContext extends RecognizerContext {
  readonly kept: readonly Candidate[];
  readonly resolution: Resolution;
  /** Document date (YYYY-MM-DD), to resolve 9月2日. */
  readonly date?: string;
}

/** A relation found by a rule, before ids and evidence are attached. */
export interface RelationCandidate {
  type: RelationType;
  source: ResolvedMention;
  target: ResolvedMention;
  sentence: Sentence;
  title?: string;
  /** Where the title is written (normalised offsets): the relation's title is the text there, as written. */
  titleSpan?: { start: number; end: number };
  status?: 'current' | 'former';
  date?: string;
  /** holds_position: when the post began / ended, where the text says (2019, 2019-06, 2019-06-03). */
  from?: string;
  to?: string;
}

/** A relation rule is a plug-in: one function from the document to relation candidates. */
export interface RelationRule {
  name: string;
  relate(ctx: RelationContext): RelationCandidate[];
}

/**
 * A title as the original text writes it at `span` (副局長 in a Traditional text read as 副局长), when the
 * normalised text there is the title: each character as the original writes it (the units a repair
 * dropped between them, 書(shū)記, stay out), or the title as given where a repair changed the characters' number.
 */
function titleAsWritten(norm: NormalizedText, title: string, span: { start: number; end: number } | undefined): string {
  if (!span || norm.text.slice(span.start, span.end) !== title) return title;
  let written = '';
  for (let i = span.start; i < span.end; i++) written += norm.original[norm.toOriginal[i]!] ?? '';
  return written.length === title.length ? written : title;
}

/**
 * Runs the rules, drops self-loops and duplicates, and attaches ids, evidence and the name of the rule
 * that found each relation (its provenance: confidence is calibrated per rule). The evidence is the
 * sentence as the original text writes it and its offsets there, so `text.slice(start, end) === sentence`
 * (the normalised copy, 8月31日 for 8 月 31 日, would break that for a quarter of the relations).
 */
export function extractRelations(rules: readonly RelationRule[], ctx: RelationContext): Relation[] {
  const seen = new Set<string>();
  const relations: Relation[] = [];
  const take = (r: RelationCandidate, rule: string) => {
    const source = r.source.entity.id;
    const target = r.target.entity.id;
    if (source === target) return;
    const title = r.title && titleAsWritten(ctx.normalized, r.title, r.titleSpan);
    const key = `${r.type}|${source}|${target}|${title ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const span = originalSpan(ctx.normalized, r.sentence.start, r.sentence.end);
    relations.push({
      id: `r${relations.length + 1}`,
      type: r.type,
      source,
      target,
      ...(title ? { title } : {}),
      ...(r.status ? { status: r.status } : {}),
      ...(r.date ? { date: r.date } : {}),
      ...(r.from ? { from: r.from } : {}),
      ...(r.to ? { to: r.to } : {}),
      evidence: { sentence: ctx.normalized.original.slice(span.start, span.end), start: span.start, end: span.end },
      rule,
    });
  };
  for (const rule of rules) each(rule.relate(ctx), (r) => take(r, rule.name));
  return relations;
}
