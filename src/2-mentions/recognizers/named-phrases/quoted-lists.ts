import { longestSuffix } from '../../../dictionary/compile.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';

/** Two or more “quoted” names in a row, with or without 、 between them. */
const QUOTED_RUN = /(?:“[^“”\n]{2,30}”、?){2,}/gu;
const QUOTED = /“[^“”\n]{2,30}”/gu;

/**
 * The head word the list shares, from `at`: the shortest run of Han characters (at most 8) ending in an event
 * cue at the end of a token (活动, 创作计划, 主题活动), with the cue's subtype.
 */
function headAt(ctx: RecognizerContext, at: number): { head: string; cue: string; subtype: string } | undefined {
  for (let end = at + 1; end <= at + 8 && /\p{Script=Han}/u.test(ctx.text[end - 1] ?? ''); end++) {
    if (!ctx.tokenEndingAt.has(end)) continue;
    const cue = longestSuffix(ctx.text, ctx.dictionary.eventCues, 8, end, at);
    if (cue) return { head: ctx.text.slice(at, end), cue: cue.cue, subtype: cue.value };
  }
  return undefined;
}

/**
 * Programmes listed in quotes before one head word they share (推出“A”“B”“C”等多项创作计划, “A”、“B”两项主题活动):
 * each is an event of its own, named as the text would name it alone (“A”创作计划). Where the head word is
 * a verb (计划举办), the list names nothing.
 */
export function quotedLists(ctx: RecognizerContext, by: string): Candidate[] {
  const { text, dictionary: dict } = ctx;
  const out: Candidate[] = [];
  for (const run of text.matchAll(QUOTED_RUN)) {
    const after = run.index + run[0].length;
    const at = after + (dict.programmeCount.exec(text.slice(after, after + 8))?.[0].length ?? 0);
    const head = headAt(ctx, at);
    if (!head || dict.eventVerbAfterCue.test(text.slice(at + head.head.length, at + head.head.length + 2))) continue;
    // 五大行动 of a plan: a bare weak word of two characters (行动, 活动) lists the parts of something, not
    // programmes with names; a head with its own kind (创作计划, 主题活动) or a strong cue (大赛) names them.
    if (head.head.length <= 2 && !dict.strongEventCues.has(head.cue)) continue;
    for (const item of run[0].matchAll(QUOTED)) {
      const start = run.index + item.index;
      out.push({ kind: 'event', start, end: start + item[0].length, name: `${item[0]}${head.head}`, subtype: head.subtype, priority: 8, by });
    }
  }
  return out;
}
