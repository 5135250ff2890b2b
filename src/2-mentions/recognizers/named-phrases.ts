import { longestSuffix } from '../../dictionary/compile.js';
import { extendLeft } from '../phrase.js';
import { Coverage, SpanIndex } from '../span-index.js';
import { findBookTitles } from './titled-works.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';

/** Words that refer to agreements rather than name one (双方, 该, 多项): no party can name what follows them. */
const REFERRING = '双边|双方|多边|三方|相关|有关|该|此|这份|这项|多项|系列';
const REFERS_TO_AGREEMENT = new RegExp(`^(?:${REFERRING})`, 'u');
const GENERIC_AGREEMENT = new RegExp(`^(?:${REFERRING}|一份|一项)?(?:(?:战略)?合作(?:谅解)?)?(?:协议|协议书|合同|备忘录|框架协议)$`, 'u');

/** Is the part of a name before its head word marked as a name: a year, an edition, quotes, a proper name? */
function marked(ctx: RecognizerContext, names: SpanIndex<Candidate>, start: number, headStart: number): boolean {
  const core = ctx.text.slice(start, headStart);
  if (ctx.dictionary.nameMark.test(core)) return true;
  if (names.within(start, headStart).length) return true;
  for (let at = start; at < headStart; at++) {
    const i = ctx.tokenStartingAt.get(at);
    if (i !== undefined && ctx.tokens[i]!.end <= headStart && /^(?:nr|ns|nt|nz|nrt)$/.test(ctx.tokens[i]!.tag)) return true;
  }
  return false;
}

/** The longest cue ending at `end` that starts at a token boundary. */
function cueEndingAt(ctx: RecognizerContext, end: number, cues: Map<string, string>) {
  const cue = longestSuffix(ctx.text, cues, 8, end);
  if (!cue) return undefined;
  let start = end - cue.cue.length;
  // 三中全会: a short compound ending with the cue is the head word as a whole; 出席会议 (attend a
  // meeting) is a predicate and its object, no name.
  const token = ctx.tokens[ctx.tokenEndingAt.get(end) ?? -1];
  if (!ctx.tokenStartingAt.has(start) && token && token.word.length <= 4 && token.word.endsWith(cue.cue) && /^(?:n|nz|j|l)$/.test(token.tag)
    && !ctx.dictionary.nameStopWords.has(token.word.slice(0, token.word.length - cue.cue.length))) {
    return { cue: cue.cue, value: cue.value, start: token.start };
  }
  // Prefer a shorter cue when the longer one does not start on a token boundary.
  if (!ctx.tokenStartingAt.has(start)) {
    for (let n = cue.cue.length - 1; n >= 1; n--) {
      const v = cues.get(ctx.text.slice(end - n, end));
      if (v && ctx.tokenStartingAt.has(end - n)) return { cue: ctx.text.slice(end - n, end), value: v, start: end - n };
    }
    return undefined;
  }
  return { cue: cue.cue, value: cue.value, start };
}

/**
 * Events (2024年国际微短剧大赛, 第十三届中国国际新媒体短片节, 网易有道“子曰”教育大模型媒体交流会),
 * documents named without 《》 (关于做好…的通知, 北京…扶持计划发布, 发布…全年业绩公告) and agreements
 * described after 签署 (签署AI大模型技术联合实验室战略合作协议): a head word from the dictionary's cues
 * and the name that extends left of it.
 */
export const namedPhrases: Recognizer = {
  name: 'named-phrases',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, dictionary: dict } = ctx;
    const out: Candidate[] = [];
    // Offsets inside a 《…》 title, marked once (a cue inside a title names nothing of its own).
    const insideTitle = new Coverage(text.length);
    for (const t of findBookTitles(text)) insideTitle.mark(t.start, t.end);
    const inBookTitle = (at: number) => insideTitle.overlaps(at - 1, at);
    const names = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization' || c.kind === 'place'));
    for (let ti = 0; ti < ctx.tokens.length; ti++) {
      const end = ctx.tokens[ti]!.end;
      if (ctx.tokens[ti + 1]?.end === end || inBookTitle(end)) continue;
      const event = cueEndingAt(ctx, end, dict.eventCues);
      const document = cueEndingAt(ctx, end, dict.documentCues);
      // Events.
      // 计划举办 / 行动起来: a head word used as a verb names nothing.
      const verbAfter = () => dict.eventVerbAfterCue.test(text.slice(end, end + 2)) && !(event && longestSuffix(text, dict.strongEventCues, 8, end, event.start));
      if (event && !verbAfter() && /(?:\p{Script=Han}{2}|[”》」])$/u.test(text.slice(Math.max(0, event.start - 2), event.start))) {
        const start = extendLeft(ctx, event.start, { allowYear: true, allowQuotes: true, maxLength: 40 });
        const name = text.slice(start, end);
        const isPolicy = dict.policyPlan.test(name) && /计划$/.test(name);
        if (start < event.start && !isPolicy && !dict.generic.has(name)
          && (marked(ctx, names, start, event.start) || (longestSuffix(text, dict.strongEventCues, 8, end, start) && event.start - start >= 4))) {
          out.push({ kind: 'event', start, end, name: clean(name), subtype: event.value, priority: 7, by: this.name });
          continue;
        }
      }
      // Documents next to a verb that issues or enforces them.
      if (document) {
        const start = extendLeft(ctx, document.start, { allowYear: true, allowQuotes: true, maxLength: 40 });
        const name = text.slice(start, end);
        const before = text.slice(Math.max(0, start - 6), start);
        const after = text.slice(end, end + 6);
        const clause = text.slice(Math.max(0, start - 80), start);
        const clauseStart = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('。'), clause.lastIndexOf('\n'));
        const issued = dict.documentVerbBefore.test(before) || dict.documentVerbAfter.test(after) || /(?:发布|印发|出台|公布|颁布)/u.test(clause.slice(clauseStart + 1));
        if (start < document.start && issued && (marked(ctx, names, start, document.start) || document.start - start >= 4)) {
          out.push({ kind: 'document', start, end, name: clean(name), subtype: document.value, priority: 7, by: this.name });
        }
      }
    }
    // 关于…的通知 / 意见 / 办法.
    for (const m of text.matchAll(/关于[^，。；！？\n《》]{2,60}?的([\p{Script=Han}]{1,6})/gu)) {
      const tail = m[1]!;
      for (let n = tail.length; n >= 1; n--) {
        const subtype = dict.documentCues.get(tail.slice(0, n));
        if (!subtype) continue;
        const start = m.index;
        const end = start + m[0].length - tail.length + n;
        out.push({ kind: 'document', start, end, name: clean(text.slice(start, end)), subtype, priority: 9, by: this.name });
        break;
      }
    }
    // “Quoted names” that end with a head word: documents, events, agreements.
    for (const m of text.matchAll(/“([^“”\n]{3,40})”/gu)) {
      const inner = m[1]!;
      const start = m.index + 1;
      const end = start + inner.length;
      const doc = longestSuffix(inner, dict.documentCues);
      const ev = longestSuffix(inner, dict.eventCues);
      const ag = longestSuffix(inner, dict.agreementCues);
      if (ag && inner.length > ag.cue.length + 1) out.push({ kind: 'agreement', start, end, name: clean(inner), subtype: ag.value, priority: 8, by: this.name });
      else if (doc && inner.length > doc.cue.length + 1 && (!ev || doc.cue.length >= ev.cue.length) && !/计划$/.test(inner)) out.push({ kind: 'document', start, end, name: clean(inner), subtype: doc.value, priority: 8, by: this.name });
      else if (ev && inner.length > ev.cue.length + 1 && !(dict.policyPlan.test(inner) && /计划$/.test(inner))) out.push({ kind: 'event', start, end, name: clean(inner), subtype: ev.value, priority: 8, by: this.name });
    }
    // Agreements described after 签署 / 签订.
    const orgs = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization'));
    for (const m of text.matchAll(/签(?:署|订)了?/gu)) {
      const from = m.index + m[0].length;
      const rest = text.slice(from, from + 50);
      if (rest.startsWith('《')) continue;
      const stop = rest.search(/[，。；！？\n《]/u);
      const clause = stop >= 0 ? rest.slice(0, stop) : rest;
      let best: { cue: string; value: string; at: number } | undefined;
      for (const [cue, value] of dict.agreementCues) {
        const at = clause.indexOf(cue);
        if (at >= 0 && (!best || at + cue.length > best.at + best.cue.length || (at + cue.length === best.at + best.cue.length && cue.length > best.cue.length))) best = { cue, value, at };
      }
      if (!best) continue;
      const name = clause.slice(0, best.at + best.cue.length);
      const start = from;
      const end = from + name.length;
      // 智谱和荣耀签署AI大模型…战略合作协议 (no title of its own): the agreement is named after its two parties.
      const parties = REFERS_TO_AGREEMENT.test(name) ? undefined : signingParties(ctx, orgs, m.index);
      if (parties) {
        out.push({ kind: 'agreement', start, end, name: `${parties[0]}与${parties[1]}${clean(name)}`, subtype: best.value, priority: 7, by: this.name, shortForm: true, parties });
        continue;
      }
      const generic = GENERIC_AGREEMENT.test(name);
      out.push({ kind: 'agreement', start, end, name: clean(name), subtype: best.value, priority: generic ? 4 : 7, by: this.name, shortForm: generic });
    }
    return out;
  },
};

/**
 * The names of the two organizations that sign, when the clause before 签署 is theirs:
 * A与B签署, A和B在北京正式签署, A同B共同签署. Undefined for any other subject (one party, people, a list).
 */
function signingParties(ctx: RecognizerContext, orgs: SpanIndex<Candidate>, verbAt: number): [string, string] | undefined {
  const { text } = ctx;
  // The clause, read back at most 80 characters (a text without punctuation must not make this quadratic).
  let from = verbAt;
  while (from > 0 && verbAt - from < 80 && !CLAUSE_END.has(text[from - 1]!)) from--;
  if (from > 0 && !CLAUSE_END.has(text[from - 1]!)) return undefined;
  // The outermost organizations of the clause, in order (a dictionary name may also hold a shorter one).
  const found: Candidate[] = [];
  for (const c of orgs.within(from, verbAt).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (found.length === 0 || c.start >= found.at(-1)!.end) found.push(c);
  }
  if (found.length !== 2) return undefined;
  const [a, b] = found as [Candidate, Candidate];
  if (!/^(?:与|和|同)$/u.test(text.slice(a.end, b.start)) || !SIGNING_GAP.test(text.slice(b.end, verbAt))) return undefined;
  // 9月5日A与B签署, 近日A与B签署: a date or a word of time may open the clause.
  if (!ctx.dictionary.signingOpening.test(text.slice(from, a.start))) return undefined;
  return [a.name, b.name];
}

const CLAUSE_END = new Set([...'，,。；;！？\n：:']);
/** What may stand between the second party and 签署: a place, then adverbs (在北京正式, 共同). */
const SIGNING_GAP = /^(?:在[^，。；\n]{1,12}?)?(?:正式|共同|现场|顺利|还|也)*$/u;

/** Names drop their outer quotes when the whole name is quoted. */
function clean(name: string): string {
  const quoted = /^[“"][^“”"]*[”"]$/.test(name);
  return (quoted ? name.slice(1, -1) : name).trim();
}
