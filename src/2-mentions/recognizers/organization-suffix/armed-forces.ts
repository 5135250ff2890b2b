import type { Candidate } from '../../recognizer.js';
import type { SuffixContext } from './context.js';

const ARMY = '军'.charCodeAt(0);

/**
 * Adds to `out` the armed forces named in the text (美军, 日军): a country's one-character form before 军,
 * not before a character that makes 军 the start of another word (美军人, 美军团, 美军迷), nor after another
 * country's character (中美军…).
 */
export function armedForces(sc: SuffixContext, out: Candidate[]): void {
  const { text, tokens, dictionary: dict } = sc.ctx;
  for (const tok of tokens) {
    if (tok.word.length !== 2 || tok.word.charCodeAt(1) !== ARMY || /^[事人官费区团长歌迷]/u.test(text[tok.end] ?? '')) continue;
    const country = dict.countryByAbbreviation.get(tok.word[0]!);
    if (!country || (text[tok.start - 1] && dict.countryByAbbreviation.has(text[tok.start - 1]!))) continue;
    out.push({ kind: 'organization', start: tok.start, end: tok.end, name: tok.word, subtype: country.name === '中国' ? 'government' : 'foreign_government', priority: 6, by: sc.by });
  }
}
