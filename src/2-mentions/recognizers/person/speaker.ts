import { anchoredMatches } from '../../anchored.js';
import { chineseNameAt, FUNCTION_CHARS, NON_FINAL, SPEECH_VERBS } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * A clause start, a name, an optional adverb and a verb of saying: 但刘中山同时证实, 。彭小军透露. It starts
 * 2 (a name at the start of the text) to 11 units (a mark, four astral characters, an adverb) before the verb.
 */
const SPEAKER = new RegExp(String.raw`(?:^|[，。！？：；“”‘’（）\s、]|但|而|据)((?:\p{Script=Han}){2,4}?)((?:同时|也|还|则|曾|就|又|随后|近日|昨天|今天|日前|上月)?(?:${SPEECH_VERBS}))`, 'uy');
const SPEECH_VERB = new RegExp(SPEECH_VERBS, 'g');

/**
 * 彭小军透露, 但刘中山同时证实: a name opening a clause whose predicate is a verb of saying, where no rule
 * before named anyone. jieba may have cut the name apart (彭/小/军); a dictionary word (官方表示) is a
 * name only where jieba tags it as one.
 */
export function speakers(scan: PersonScan): void {
  const { text, dict, tokens, named } = scan;
  for (const m of anchoredMatches(text, SPEECH_VERB, SPEAKER, 11, 2)) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    const s = chineseNameAt(text, start, dict, tokens);
    if (!s || s.end !== start + m[1]!.length || named.overlaps(s.start, s.end)) continue;
    const whole = tokens.startingAt(s.start);
    // 信息中称, 曾被称为: a common word at the front or a function character at the end is no name.
    if (whole && !/^nr/.test(whole.tag) && whole.word.length >= 2) continue;
    if (FUNCTION_CHARS.has(text[s.end - 1]!) || NON_FINAL.has(text[s.end - 1]!)) continue;
    if (tokens.lexicon.isWord(m[1]!) && !(whole && whole.end === s.end && /^nr/.test(whole.tag))) continue;
    scan.push(s, false);
  }
}
