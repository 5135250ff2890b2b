import { longestSuffix } from '../../dictionary/compile.js';
import { Trie } from '../../dictionary/trie.js';
import { Coverage } from '../span-index.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';

/** A 《》 title: its span (brackets excluded) and the text around it. */
interface BookTitle { start: number; end: number; inner: string }

const MAX_TITLE = 80;

const NEWLINE = 0x0a;
const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);

/** Every 《…》 of the text, and a 》 closing a title whose 《 was cut off (text starting mid-title). */
export function findBookTitles(text: string): BookTitle[] {
  const titles: BookTitle[] = [];
  let open = -1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    // By code unit: text[i] would build a string for every character of the text.
    const unit = text.charCodeAt(i);
    if (unit === NEWLINE) { open = -1; lineStart = i + 1; continue; }
    if (unit === OPEN_TITLE) open = i;
    else if (unit === CLOSE_TITLE) {
      if (open >= 0 && i - open - 1 > 0 && i - open - 1 <= MAX_TITLE) {
        titles.push({ start: open + 1, end: i, inner: text.slice(open + 1, i) });
      } else if (open < 0 && titles.length === 0 && i - lineStart > 0 && i - lineStart <= 30 && !/[，。、；：！？]/.test(text.slice(lineStart, i))) {
        titles.push({ start: lineStart, end: i, inner: text.slice(lineStart, i) });
      }
      open = -1;
    }
  }
  return titles;
}

/**
 * 《》 titles classified by their cue: agreements (…协议, …备忘录), documents (…通知, …规划, …报告),
 * works (电视剧《…》, 《…》等18个广播节目, a list that follows a cue). A title that repeats the tail of a
 * document named earlier (《报告》 after 《国家信息化发展报告》) is a short form of it.
 */
export const titledWorks: Recognizer = {
  name: 'titled-works',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, dictionary: dict } = ctx;
    const out: Candidate[] = [];
    const documents: string[] = [];
    for (const t of findBookTitles(text)) {
      const inner = t.inner.trim();
      if (!inner || dict.generic.has(inner)) continue;
      const base = { start: t.start, end: t.end, name: inner, priority: 20, by: this.name };
      // 国家信息化发展报告（2023年）: the cue sits before a trailing edition in brackets.
      const head = inner.replace(/[（(][^（）()]*[）)]$/u, '');
      const agreement = longestSuffix(head, dict.agreementCues);
      if (agreement && inner.length >= agreement.cue.length) { out.push({ ...base, kind: 'agreement', subtype: agreement.value }); continue; }
      const document = longestSuffix(head, dict.documentCues);
      const earlier = documents.find((d) => d !== inner && d.includes(inner));
      if (earlier) { out.push({ ...base, kind: 'document', name: earlier, shortForm: true }); continue; }
      if (document && !workCueBefore(text, t.start, dict.workCues)) {
        out.push({ ...base, kind: 'document', subtype: document.value });
        documents.push(inner);
        continue;
      }
      const cue = workCueBefore(text, t.start, dict.workCues) ?? workCueAfter(text, t.end, dict.workCues, dict.workCountAfter) ?? listCue(ctx, t.start);
      out.push({ ...base, kind: 'work', subtype: cue ?? 'other' });
    }
    // 《爱情公寓》… 爱情公寓口碑…: a work the text has named in 《》 is the same work where it appears without them.
    const works = new Trie<Candidate>();
    for (const c of out) if (c.kind === 'work' && c.name.length >= 2 && /\p{Script=Han}/u.test(c.name)) works.add(c.name, c);
    if (works.maxDepth) {
      const inTitle = new Coverage(text.length);
      for (const c of out) inTitle.mark(c.start - 1, c.end + 1);
      for (let i = 0; i < text.length; i++) {
        const hit = works.longestAt(text, i);
        if (!hit || inTitle.overlaps(hit.start, hit.end) || !ctx.tokenStartingAt.has(hit.start) || !ctx.tokenEndingAt.has(hit.end)) continue;
        const work = hit.values[0]!;
        out.push({ kind: 'work', start: hit.start, end: hit.end, name: work.name, subtype: work.subtype, priority: 9, by: this.name });
        i = hit.end - 1;
      }
    }
    return out;
  },
};

/** A work cue right before 《 (电视剧《…》), allowing a platform/person prefix to sit between? No: adjacent only. */
function workCueBefore(text: string, start: number, cues: Map<string, string>): string | undefined {
  const before = text.slice(Math.max(0, start - 1 - 8), start - 1);
  return longestSuffix(before, cues)?.value;
}

/**
 * 《…》等18个广播节目 / 《…》等11部作品: a cue after the title and its list. `countAfter` (the dictionary's
 * workCountAfter) reads the titles, 等 and the count (the grammar's workCountNumerals, workMeasureWords).
 */
function workCueAfter(text: string, end: number, cues: Map<string, string>, countAfter: RegExp): string | undefined {
  const after = text.slice(end + 1, end + 1 + 16);
  const m = countAfter.exec(after);
  if (!m) return undefined;
  const tail = m[1]!;
  for (let n = tail.length; n >= 1; n--) {
    const v = cues.get(tail.slice(0, n));
    if (v) return v;
  }
  return undefined;
}

/** The nearest work cue earlier in the same sentence, for lists: 共播出10部微短剧，包括《…》《…》. */
function listCue(ctx: RecognizerContext, start: number): string | undefined {
  const sentence = ctx.sentenceAt(start);
  if (!sentence) return undefined;
  const before = ctx.text.slice(Math.max(sentence.start, start - 60), start);
  let best: { at: number; value: string } | undefined;
  for (const [cue, value] of ctx.dictionary.workCues) {
    const at = before.lastIndexOf(cue);
    if (at >= 0 && (!best || at > best.at)) best = { at, value };
  }
  return best?.value;
}
