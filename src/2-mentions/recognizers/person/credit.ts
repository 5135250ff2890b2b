import type { CompiledDictionary } from '../../../dictionary/compile.js';
import { chineseNameAt, MIDDLE_DOT, nameBefore, type NameSpan, type TokenIndex } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * 由周星驰出品、易小星监制的微短剧: a person credited with a part in a work is credited by role (an official
 * of subtype media). Only a Chinese name (or a foreign one with its middle dot) before the verb
 * (grammar.json creditVerbs), and a dictionary word only where jieba reads it as a name: 由万达出品 is a company.
 */
export function creditedNames(scan: PersonScan): void {
  const { text, dict, ctx, tokens } = scan;
  const credit = new RegExp(dict.creditVerbs.source, 'gu');
  for (let m; (m = credit.exec(text));) {
    if (!ctx.tokenStartingAt.has(m.index)) continue;
    const s = nameBefore(ctx, m.index, tokens);
    if (!s || !creditedName(text, s, tokens, dict)) continue;
    scan.push(s, true, 'media', true);
  }
}

/**
 * Whether the span before a verb of credit reads as a person's name (see `creditedNames`).
 * `strict` where the context alone says less (…的《…》): no common word of jieba's may open it either.
 */
export function creditedName(text: string, s: NameSpan, tokens: TokenIndex, dict: CompiledDictionary, strict = false): boolean {
  const name = text.slice(s.start, s.end);
  if (MIDDLE_DOT.test(name)) return !MIDDLE_DOT.test(name[0]!) && !MIDDLE_DOT.test(name.at(-1)!);
  if (chineseNameAt(text, s.start, dict, tokens)?.end !== s.end) return false;
  const whole = tokens.startingAt(s.start);
  // 游戏|版: a common word of jieba's at the front is no surname and given name.
  if (strict && whole && whole.word.length >= 2 && whole.end < s.end && !/^(?:nr|nrfg|nrt|x)$/.test(whole.tag) && !dict.compoundSurnames.has(whole.word)) return false;
  return !tokens.lexicon.isWord(name) || (whole !== undefined && whole.end === s.end && /^nr/.test(whole.tag));
}
