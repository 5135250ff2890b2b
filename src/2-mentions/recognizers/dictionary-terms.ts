import { termMayStartInside } from '../../1-segment/term-scan.js';
import { firstStartingFrom } from '../span-index.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';

const isAsciiWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Whether [start, end) begins inside a token where the tokenizer would not have let a term begin (李建华|为: 华为). */
function crossesWordStart(ctx: RecognizerContext, start: number, end: number): boolean {
  if (ctx.tokenStartingAt.has(start)) return false;
  const word = ctx.tokens[firstStartingFrom(ctx.tokens, start) - 1];
  return word !== undefined && word.end > start && !termMayStartInside(ctx.dictionary, ctx.text, word, start, end);
}

/** The end of the jieba word a country starts, when the rest of it is the form of state (…人民民主共和国). */
function stateNameEnd(ctx: RecognizerContext, start: number, end: number): number | undefined {
  const { dictionary: dict, text } = ctx;
  const i = ctx.tokenStartingAt.get(start);
  const word = i === undefined ? undefined : ctx.tokens[i];
  if (!word || word.end <= end || dict.places.get(text.slice(start, end))?.kind !== 'country') return undefined;
  return dict.stateTail.test(text.slice(end, word.end)) ? word.end : undefined;
}

/**
 * Finds every dictionary organization, title and place by one left-to-right trie sweep, keeping the
 * longest match at each position. Latin keys must stand at word boundaries (`x` is not inside `xAI`).
 */
export const dictionaryTerms: Recognizer = {
  name: 'dictionary-terms',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, dictionary: dict } = ctx;
    const found: Candidate[] = [];
    let i = 0;
    while (i < text.length) {
      const matches = dict.trie.matchesAt(text, i);
      let advanced = false;
      for (let m = matches.length - 1; m >= 0; m--) {
        const match = matches[m]!;
        const first = text[match.start];
        const last = text[match.end - 1];
        if (isAsciiWordChar(first) && isAsciiWordChar(text[match.start - 1])) continue;
        // A single Latin letter (X) names nothing by itself.
        if (match.end - match.start === 1 && isAsciiWordChar(first)) continue;
        if (isAsciiWordChar(last) && isAsciiWordChar(text[match.end])) continue;
        // A Chinese key must not cut a jieba word in two (中国网 inside 中国网络), except a country in its
        // state's formal name, which jieba knows whole (老挝|人民民主共和国): the place is that name.
        if (/\p{Script=Han}/u.test(last ?? '') && !ctx.tokenEndingAt.has(match.end) && ctx.tokenStartingAt.size) {
          const formal = stateNameEnd(ctx, match.start, match.end);
          if (formal !== undefined) found.push({ kind: 'place', start: match.start, end: formal, name: text.slice(match.start, formal), subtype: 'country', priority: 3, by: this.name });
          continue;
        }
        // …nor start inside one where a term may not (华为 in 李建华|为).
        if (/\p{Script=Han}/u.test(first ?? '') && ctx.tokenStartingAt.size && crossesWordStart(ctx, match.start, match.end)) continue;
        const surface = text.slice(match.start, match.end);
        for (const hit of match.values) {
          if (hit.kind === 'organization') {
            const org = dict.organizationBySurface.get(hit.surface)!;
            found.push({ kind: 'organization', start: match.start, end: match.end, name: org.name, subtype: org.subtype, parent: org.parent, priority: 10, by: this.name });
          } else if (hit.kind === 'shortForm') {
            found.push({ kind: 'organization', start: match.start, end: match.end, name: surface, priority: 4, by: this.name, shortForm: true });
          } else if (hit.kind === 'title') {
            found.push({ kind: 'title', start: match.start, end: match.end, name: hit.surface, subtype: dict.titleKind.get(hit.surface), priority: 5, by: this.name });
          } else {
            found.push({ kind: 'place', start: match.start, end: match.end, name: surface, subtype: dict.places.get(surface)?.kind, priority: 3, by: this.name });
          }
        }
        if (match.values.length) { i = match.end; advanced = true; break; }
      }
      if (!advanced) i++;
    }
    return found;
  },
};
