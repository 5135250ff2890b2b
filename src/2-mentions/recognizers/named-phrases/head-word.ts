import { longestSuffix } from '../../../dictionary/compile.js';
import type { SpanIndex } from '../../span-index.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';

/**
 * Is the part of a name before its head word marked as a name: a year, an edition, quotes (the
 * dictionary's nameMark), a place or organization found there, a word jieba tags as a proper name?
 */
export function marked(ctx: RecognizerContext, names: SpanIndex<Candidate>, start: number, headStart: number): boolean {
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
export function cueEndingAt(ctx: RecognizerContext, end: number, cues: Map<string, string>): { cue: string; value: string; start: number } | undefined {
  const cue = longestSuffix(ctx.text, cues, 8, end);
  if (!cue) return undefined;
  const start = end - cue.cue.length;
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
