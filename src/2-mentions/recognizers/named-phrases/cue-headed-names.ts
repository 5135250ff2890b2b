import { longestSuffix } from '../../../dictionary/compile.js';
import { extendLeft } from '../../phrase.js';
import { Coverage, SpanIndex } from '../../span-index.js';
import { findBookTitles } from '../titled-works.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { clean } from './clean-name.js';
import { cueEndingAt, marked } from './head-word.js';
import { joinedHostsStart } from './joined-hosts.js';
import { joinedStart } from './joined-events.js';
import { pairedCountriesStart } from './paired-countries.js';
import { quotedKindStart } from './quoted-kind.js';
import { dashJoinedStart } from './dash-joined.js';
import { middotPartEnd } from './middot-part.js';
import { stopNounStart } from './stop-noun-inside.js';

const EXTEND = { allowYear: true, allowQuotes: true, maxLength: 40 } as const;

/**
 * An event whose head word (an event cue) ends at `end`: 2024年国际微短剧大赛, 第十三届中国国际新媒体短片节.
 * The name extends left of the cue; it counts when it is marked as a name, or when the cue is strong
 * and the name long enough.
 */
function eventBeforeCue(ctx: RecognizerContext, names: SpanIndex<Candidate>, end: number, event: { value: string; start: number }, by: string): Candidate | undefined {
  const { text, dictionary: dict } = ctx;
  // 计划举办 / 行动起来: a head word used as a verb names nothing.
  const verbAfter = dict.eventVerbAfterCue.test(text.slice(end, end + 2)) && !longestSuffix(text, dict.strongEventCues, 8, end, event.start);
  // 电影节竞赛|单元: the head word names a part of the event before it, which its own head word names.
  // …优秀视听节|目: the head word's last character begins a word of its own (节目), which jieba cut apart.
  // …大会主论坛: a part's head word right after the event's names the part, which is no event of its own.
  if (dict.eventPartAfterCue.test(text.slice(end, end + 3)) || dict.headWordSplitWords.has(text.slice(end - 1, end + 1))) return undefined;
  if (dict.eventPartHeads.has(text.slice(event.start, end)) && cueEndingAt(ctx, event.start, dict.eventCues)) return undefined;
  // 2018年年会: a year may stand right before the head word.
  if (verbAfter || !/(?:\p{Script=Han}{2}|\d年|[”》」])$/u.test(text.slice(Math.max(0, event.start - 2), event.start))) return undefined;
  // 多场微短剧相关论坛: a generic modifier right before the head word (相关, 有关, 其他) says no name is given.
  const lastWord = ctx.tokens[ctx.tokenEndingAt.get(event.start) ?? -1]?.word ?? '';
  if (lastWord && dict.genericModifier.exec(lastWord)?.[0].length === lastWord.length) return undefined;
  // What extendLeft stops at but a name may hold: a noun of a stop word inside it (年度代表人物), fields joined
  // by a dash (文旅—广电), a quoted kind (“…”类), a pair of countries (中俄), hosts after a year (2024A、B…).
  const inner = dashJoinedStart(ctx, names, stopNounStart(ctx, names, extendLeft(ctx, event.start, EXTEND), event.start, EXTEND), EXTEND);
  const left = quotedKindStart(text, joinedStart(ctx, inner, EXTEND));
  const start = joinedHostsStart(ctx, pairedCountriesStart(ctx, left));
  const name = text.slice(start, end);
  const isPolicy = dict.policyPlan.test(name) && /计划$/.test(name);
  if (start < event.start && !isPolicy && !dict.generic.has(name)
    && (marked(ctx, names, start, event.start) || (longestSuffix(text, dict.strongEventCues, 8, end, start) && event.start - start >= 4))) {
    // 青川芒果节·毕业晚会: a part of the event named after a middle dot is named with it.
    const full = middotPartEnd(ctx, end);
    return { kind: 'event', start, end: full, name: clean(text.slice(start, full)), subtype: event.value, priority: 7, by };
  }
  return undefined;
}

/** A document whose head word ends at `end`, next to a verb that issues or enforces it (北京…扶持计划发布, 印发…办法). */
function documentBeforeCue(ctx: RecognizerContext, names: SpanIndex<Candidate>, end: number, by: string): Candidate | undefined {
  const { text, dictionary: dict } = ctx;
  const document = cueEndingAt(ctx, end, dict.documentCues);
  if (!document) return undefined;
  const start = extendLeft(ctx, document.start, EXTEND);
  // A name that did not extend past its head word is none: the verbs around it are read only for the others.
  if (start < document.start && issuedAround(ctx, start, end) && (marked(ctx, names, start, document.start) || document.start - start >= 4)) {
    return { kind: 'document', start, end, name: clean(text.slice(start, end)), subtype: document.value, priority: 7, by };
  }
  return undefined;
}

/** Whether a verb that issues or enforces a document stands right before or after [start, end), or earlier in its clause. */
function issuedAround(ctx: RecognizerContext, start: number, end: number): boolean {
  const { text, dictionary: dict } = ctx;
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 6);
  const clause = text.slice(Math.max(0, start - 80), start);
  const clauseStart = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('。'), clause.lastIndexOf('\n'));
  return dict.documentVerbBefore.test(before) || dict.documentVerbAfter.test(after) || /(?:发布|印发|出台|公布|颁布)/u.test(clause.slice(clauseStart + 1));
}

/**
 * Events and documents named by a head word from the dictionary's cues at the end of a word, and the
 * name that extends left of it; an event wins over a document at the same end. A cue inside a 《…》
 * title names nothing of its own.
 */
export function cueHeadedNames(ctx: RecognizerContext, by: string): Candidate[] {
  const out: Candidate[] = [];
  // Offsets inside a 《…》 title, marked once.
  const insideTitle = new Coverage(ctx.text.length);
  for (const t of findBookTitles(ctx.text)) insideTitle.mark(t.start, t.end);
  const names = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization' || c.kind === 'place'));
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const token = ctx.tokens[ti]!;
    if (ctx.tokens[ti + 1]?.end === token.end) continue;
    // 芒果节|由 glued by jieba (节由/x): the head word ends before the function word; not before 等,
    // which ends an item of a list (…视听展等活动), seldom a name.
    const glued = token.tag === 'x' && token.word.length === 2 && token.word[1] !== '等' && ctx.dictionary.nameStopWords.has(token.word[1]!);
    const end = glued ? token.end - 1 : token.end;
    if (insideTitle.overlaps(end - 1, end)) continue;
    const event = cueEndingAt(ctx, end, ctx.dictionary.eventCues);
    const found = (event && eventBeforeCue(ctx, names, end, event, by)) ?? documentBeforeCue(ctx, names, end, by);
    if (found) out.push(found);
  }
  return out;
}
