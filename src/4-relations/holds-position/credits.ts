import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationCandidate } from '../index.js';
import { fact, type SentenceView } from '../sentence-view.js';
import type { PositionLookups } from './lookups.js';

/** A credits line: a title of two to four characters and a colon (责编：, 主编：). */
const CREDIT_LABEL = /^([\p{Script=Han}]{2,4})[：:]/u;
/** How far back, in lines and characters, the publisher of a credits line may be named. */
const PUBLISHER_LINES = 8;
const PUBLISHER_REACH = 600;

/**
 * Credits: 责编：余力 何紫薇 … hold their role at the publisher named in the lines before (the one after a
 * label of grammar.json publisherLabels, 出品：, else the last). Undated: the lines name no date of the post.
 */
export function creditFacts({ ctx, orgMentions }: PositionLookups, view: SentenceView, people: ResolvedMention[]): RelationCandidate[] {
  const label = CREDIT_LABEL.exec(view.sentence.text);
  if (!label || !ctx.dictionary.titleKind.has(label[1]!) || !people.length) return [];
  let from = view.sentence.start;
  const floor = Math.max(0, view.sentence.start - PUBLISHER_REACH);
  for (let n = 0; n < PUBLISHER_LINES && from > floor; n++) from = Math.max(floor, ctx.text.lastIndexOf('\n', from - 2) + 1);
  const nearby = orgMentions.filter((m) => m.candidate.start >= from && m.candidate.end <= view.sentence.start);
  const labelled = (m: ResolvedMention) => ctx.dictionary.publisherLabel.test(ctx.text.slice(Math.max(0, m.candidate.start - 12), m.candidate.start));
  const org = nearby.find(labelled) ?? nearby.at(-1);
  return org ? people.map((person) => fact('holds_position', person, org, { ...view, date: undefined }, { title: label[1]!, titleSpan: { start: view.sentence.start, end: view.sentence.start + label[1]!.length } })) : [];
}
