import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { firstStartingFrom } from '../span-index.js';

// No leading \s*: on a run of spaces it would be tried, and fail, from every position (quadratic).
const VERSUS = /(?:vs\.?|VS\.?|Vs\.?|对阵)/gu;
/** Tags of words that may make up a side's name (places, proper nouns, transliterations, nouns). */
const SIDE_TAGS = /^(?:ns|nr|nrt|nrfg|nz|nt|x|eng|n|j|l)$/;

/**
 * Sides of a fixture: whatever stands on each side of vs / 对阵 (利物浦vs富勒姆, 布莱克本队vs利物浦队) is a
 * team, an organization. Each side is read token by token away from the vs, up to punctuation, a number
 * or a word that is not part of a name (推荐, 两队).
 */
export const fixtures: Recognizer = {
  name: 'fixtures',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, tokens } = ctx;
    const out: Candidate[] = [];
    const sideOk = (w: string, tag: string) => SIDE_TAGS.test(tag) && /^[\p{Script=Han}A-Za-z.]+$/u.test(w) && !ctx.dictionary.notTeamSides.has(w) && !/^(?:vs|VS)$/.test(w);
    for (const m of text.matchAll(VERSUS)) {
      let left = m.index;
      while (left > 0 && text[left - 1] === ' ') left--;
      let right = m.index + m[0].length;
      while (text[right] === ' ') right++;
      // Left side: tokens ending at `left`, walking back.
      let start = left;
      let k = firstStartingFrom(tokens, left);
      while (k > 0 && tokens[k - 1]!.end >= left) k--;
      if (k >= 0 && tokens[k]!.end > left) k--; // a token glued to "vs" (纳vsac) ends before it
      for (let i = tokens[k]?.end === left ? k : -1; i >= 0 && left - tokens[i]!.start <= 12; i--) {
        const t = tokens[i]!;
        if (t.end !== start || !sideOk(t.word, t.tag)) break;
        start = t.start;
      }
      // Right side: tokens starting at `right`, walking on.
      let end = right;
      for (let i = firstStartingFrom(tokens, right); i < tokens.length && tokens[i]!.end - right <= 12; i++) {
        const t = tokens[i]!;
        if (t.start !== end || !sideOk(t.word, t.tag)) break;
        end = t.end;
      }
      for (const [s, e] of [[start, left], [right, end]] as const) {
        if (e - s >= 2) out.push({ kind: 'organization', start: s, end: e, name: text.slice(s, e), subtype: 'other', priority: 3, by: this.name });
      }
    }
    // Teams by what they do in a match report: 曼城主场…, 击败埃弗顿, 做客拉齐奥.
    for (const sentence of ctx.sentences) {
      if (!ctx.dictionary.sportsContext.test(sentence.text)) continue;
      for (let ti = firstStartingFrom(tokens, sentence.start); ti < tokens.length && tokens[ti]!.start < sentence.end; ti++) {
        const t = tokens[ti]!;
        if (t.end > sentence.end || !/^(?:ns|nr|nrt|nz|x|j)$/.test(t.tag) || !/^\p{Script=Han}{2,6}$/u.test(t.word) || ctx.dictionary.notTeamSides.has(t.word)) continue;
        if (ctx.dictionary.places.get(t.word)?.kind === 'province' || ctx.dictionary.places.get(t.word)?.kind === 'city' && /^\p{Script=Han}{2,3}$/u.test(t.word) && /市$/.test(t.word)) continue;
        const before = text.slice(Math.max(sentence.start, t.start - 3), t.start);
        const after = text.slice(t.end, Math.min(sentence.end, t.end + 3));
        // In a match report a foreign place or transliterated name usually names a club (利物浦, 拉齐奥).
        const clubLike = ctx.dictionary.sportsStrongContext.test(sentence.text) && (t.tag === 'nrt' || (t.tag === 'ns' && (!ctx.dictionary.places.has(t.word) || ctx.dictionary.places.get(t.word)?.kind === 'world_city')) || (t.tag === 'nr' && t.word.length >= 3));
        if (ctx.dictionary.teamWordAfter.test(after) || ctx.dictionary.teamWordBefore.test(before) || clubLike) {
          out.push({ kind: 'organization', start: t.start, end: t.end, name: t.word, subtype: 'other', priority: 2, by: this.name });
        }
      }
    }
    return out;
  },
};
