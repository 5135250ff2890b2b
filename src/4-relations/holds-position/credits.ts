import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationCandidate } from '../index.js';
import { fact, type SentenceView } from '../sentence-view.js';
import type { PositionLookups } from './lookups.js';

/** A credits label: a title of two to four characters and a colon, opening the sentence or after |, 【, a bracket or a space (责编：, 编辑: 王海涛 | 来源: …). */
const CREDIT_LABEL = /(?:^|[|｜【(（ \u3000])([\p{Script=Han}]{2,4})[：:][ \u3000]*/gu;
/** How far back, in lines and characters, the publisher of a credits line may be named. */
const PUBLISHER_LINES = 8;
const PUBLISHER_REACH = 600;
/** What opens the field of a publisher's label on a line of fields (| 来源：…, 11:18:16来源：…): up to the last mark before its words. */
const FIELD_OPENING = /^[^]*[^\p{Script=Han}](?=[ \u3000]*\p{Script=Han})[ \u3000]*/u;

const hasColon = (text: string): boolean => text.includes('：') || text.includes(':');

/** Where the line `lines` lines back from `at` starts, not before `floor`. */
function linesBack(text: string, at: number, lines: number, floor: number): number {
  let from = at;
  for (let n = 0; n < lines && from > floor; n++) from = Math.max(floor, text.lastIndexOf('\n', from - 2) + 1);
  return from;
}

/**
 * The publisher of a credits line: the one after a publisher label (来源：) on its own line or anywhere
 * before it (a page's source line heads the page), the nearest; else the last named in the lines before.
 */
function publisherOf({ ctx, orgMentions }: PositionLookups, view: SentenceView): ResolvedMention | undefined {
  const start = view.sentence.start;
  const lineEnd = ctx.text.indexOf('\n', view.sentence.end);
  const to = lineEnd < 0 ? ctx.text.length : lineEnd;
  const labelled = (m: ResolvedMention) => ctx.dictionary.publisherLabel.test(`\n${ctx.text.slice(Math.max(0, m.candidate.start - 12), m.candidate.start).replace(FIELD_OPENING, '')}`);
  const sourced = orgMentions.filter((m) => m.candidate.end <= to && labelled(m));
  const own = sourced.find((m) => m.candidate.start >= start);
  if (own ?? sourced.at(-1)) return own ?? sourced.at(-1);
  const from = linesBack(ctx.text, start, PUBLISHER_LINES, Math.max(0, start - PUBLISHER_REACH));
  return orgMentions.filter((m) => m.candidate.start >= from && m.candidate.end <= start).at(-1);
}

/**
 * Credits: 责编：余力 何紫薇, 【编辑：王海涛】, 编辑：王海涛 | 来源：青川日报 …: the people named right after a label
 * (and those listed after them, past spaces) hold its role at the publisher (see `publisherOf`).
 * Undated: the lines name no date of the post.
 */
export function creditFacts(lookups: PositionLookups, view: SentenceView, people: ResolvedMention[]): RelationCandidate[] {
  const { ctx } = lookups;
  const out: RelationCandidate[] = [];
  // Every label ends in a colon: a sentence without one (most of them) is not matched against CREDIT_LABEL at all.
  if (!people.length || !hasColon(view.sentence.text)) return out;
  let org: ResolvedMention | null | undefined = null;
  for (const label of view.sentence.text.matchAll(CREDIT_LABEL)) {
    const title = label[1]!;
    if (!ctx.dictionary.titleKind.has(title)) continue;
    const titleStart = view.sentence.start + label.index + label[0].indexOf(title);
    let at = view.sentence.start + label.index + label[0].length;
    if (org === null) org = publisherOf(lookups, view);
    if (!org) return out;
    for (let person = people.find((p) => p.candidate.start === at); person; person = people.find((p) => p.candidate.start === at)) {
      out.push(fact('holds_position', person, org, { ...view, date: undefined }, { title, titleSpan: { start: titleStart, end: titleStart + title.length } }));
      at = person.candidate.end;
      while (/[ \u3000]/u.test(ctx.text[at] ?? '')) at++;
    }
  }
  return out;
}
