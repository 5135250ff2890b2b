import { chineseNameAt, NAME_BREAK, NON_FINAL, SPEECH } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * 副局长王海涛、杨建国; 孙岚、江疏影主演: a Chinese name after 、 continues a list of people, titled like the
 * one before it, when it ends where a name ends (a mark, a predicate, a verb, a title). A name so found
 * may start the next (the list is read as it grows).
 */
export function listedNames(scan: PersonScan): void {
  const { text, dict, tokens, named, out } = scan;
  for (let i = 0; i < out.length; i++) {
    const first = out[i]!;
    if ((first.kind !== 'official' && first.kind !== 'person') || text[first.end] !== '、') continue;
    const next = chineseNameAt(text, first.end + 1, dict, tokens);
    const head = tokens.startingAt(first.end + 1);
    // jieba starts the name with a name-like word or the surname alone (张/q 羽/nr 飞), not a place (江苏省).
    if (!next || next.end - next.start < 2 || named.overlaps(next.start, next.end) || !head || (head.word.length > 1 && !/^(?:nr|nrfg|x)$/.test(head.tag))) continue;
    const rest = text.slice(next.end, next.end + 2);
    const ends = !text[next.end] || NAME_BREAK.has(text[next.end]!) || NON_FINAL.has(text[next.end]!) || dict.predicates.has(rest) || dict.titleKind.has(rest) || SPEECH.test(rest)
      || /^v/.test(tokens.startingAt(next.end)?.tag ?? '');
    if (ends) scan.push(next, first.kind === 'official', first.subtype);
  }
}
