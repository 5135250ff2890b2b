import type { CompiledDictionary } from '../../../dictionary/compile.js';
import type { Token } from '../../../types.js';
import { chineseNameAt, LIST_CONTEXT, NON_FINAL, ORG_FINAL, PLACE_FINAL, transliterationRun } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * Untitled people: jieba's person tokens (nr, and unknown words it guessed, x) that begin with a surname,
 * and transliterated names (nrt, or a person word jieba cut out of one). A transliteration by a fixture
 * is a club (an organization) instead.
 */
export function jiebaPersonTokens(scan: PersonScan): void {
  const { text, dict } = scan;
  const translitSeen = new Set<number>();
  for (const tok of scan.ctx.tokens) {
    // Only person-like tags go on (cheapest test first: most tokens stop here).
    if (tok.tag !== 'nr' && tok.tag !== 'nrfg' && tok.tag !== 'x' && tok.tag !== 'nrt') continue;
    if (tok.word.length < 2 || tok.word.length > 4 || !/^\p{Script=Han}+$/u.test(tok.word) || dict.places.has(tok.word)) continue;
    // Transliterations next to a fixture (曼联vs切尔西, 主场, 客场) are clubs, not people; one that ends like a place or an
    // organization (巴厘岛, 银监会) or that a place's word follows (图卢兹地区; grammar.json placeWordsAfter) is no person either.
    if (PLACE_FINAL.has(tok.word.at(-1)!) || ORG_FINAL.has(tok.word.at(-1)!) || dict.placeWordAfter.test(text.slice(tok.end, tok.end + 3))) continue;
    if (tok.tag === 'nrt' || splitTransliteration(scan, tok)) transliteratedToken(scan, tok, translitSeen);
    else chineseNameToken(scan, tok);
  }
}

const allTransliterated = (t: Token | undefined, dict: CompiledDictionary) => !!t && /^nr/.test(t.tag) && [...t.word].every((c) => dict.transliteration.has(c));

/** 贝尔/巴托夫: jieba cut one transliterated name into two person words; read them as one run. */
const splitTransliteration = ({ dict, tokens }: PersonScan, t: Token) =>
  allTransliterated(t, dict) && (allTransliterated(tokens.endingAt(t.start), dict) || allTransliterated(tokens.startingAt(t.end), dict));

/** jieba cuts long transliterations (加/拉塔/萨雷): the run of transliteration characters is the name, read once. */
function transliteratedToken(scan: PersonScan, tok: Token, seen: Set<number>): void {
  const { text, dict } = scan;
  // 达人/nrt: a two-character word jieba's dictionary lists (a common word it cuts apart when it can) is no
  // name without a word of a person after it.
  const listed = scan.tokens.lexicon.isWord(tok.word) || scan.tokens.lexicon.posTag(tok.word) === tok.tag;
  if (tok.word.length === 2 && listed && !dict.personWordAfter.test(text.slice(tok.end, tok.end + 3))) return;
  const run = transliterationRun(text, tok.start, tok.end, dict);
  if (seen.has(run.start)) return;
  seen.add(run.start);
  const name = text.slice(run.start, run.end);
  if (dict.places.has(name) || PLACE_FINAL.has(name.at(-1)!)) return;
  // A transliteration by a fixture (曼联vs切尔西, 做客, 主场) names a club.
  const context = text.slice(Math.max(0, run.start - 6), run.end + 6);
  if (dict.teamContext.test(context)) scan.out.push({ kind: 'organization', start: run.start, end: run.end, name, subtype: 'other', priority: 2, by: scan.by });
  else scan.push(run, false);
}

/** A person token of jieba's that begins with a surname, where the words around it say a person is meant. */
function chineseNameToken(scan: PersonScan, tok: Token): void {
  const { text, dict, tokens, ctx } = scan;
  const s = chineseNameAt(text, tok.start, dict, tokens);
  // jieba may glue a particle to the name (哈文则, 朱琦已): the name may end one character early.
  if (!s || (s.end !== tok.end && !(s.end === tok.end - 1 && NON_FINAL.has(text[s.end]!)))) return;
  // jieba's dictionary tags many common words nr (高峰, 阳光, 明星): a two-character dictionary word needs a person's context.
  // A two-character word jieba guessed (平半, 初盘) is a name only where people act or are listed.
  // A guessed word opening a clause and followed by a predicate is its subject (游康几年前就…).
  const next = tokens.startingAt(tok.end);
  // Read only for the two-character words below (it tests the whole sentence against sportsContext).
  const subject = () => tok.tag === 'x' && /^(?:[，。！？：；、（“\n]|)$/u.test(text.slice(Math.max(0, tok.start - 1), tok.start)) && /^(?:v|d|p|c|t|m|f)$/.test(next?.tag ?? '') && !dict.sportsContext.test(ctx.sentenceAt(tok.start)?.text ?? '');
  // 常青树, 白金卡: a three-character common word that merely starts with a surname is no name either; nor
  // is one jieba's dictionary tags nr (智能化, 许可证, 高水平) where it modifies what follows (a noun, 的,
  // a number, a list of nouns): jieba's dictionary holds names too (王海涛作为…), so the tag alone decides nothing.
  if (tok.word.length === 3 && scan.tokens.lexicon.isWord(tok.word) && !dict.personWordAfter.test(text.slice(tok.end, tok.end + 3))
    && ((tok.tag !== 'nr' && tok.tag !== 'nrfg') || modifiesNext(scan, next))) return;
  // 适用|于安卓: a guess whose first character makes a word with the one before it (用于) starts inside that word.
  if (tok.tag === 'x' && tok.start > 0 && scan.tokens.lexicon.isWord(text.slice(tok.start - 1, tok.start + 1))) return;
  // A guess (x) is asked of jieba no further: isWord of an unseen word costs a cut.
  if (tok.word.length === 2 && tok.tag !== 'nrfg' && (tok.tag === 'x' || scan.tokens.lexicon.isWord(tok.word)) && !dict.personWordAfter.test(text.slice(tok.end, tok.end + 3)) && !subject()
    && !(tok.tag === 'x' && LIST_CONTEXT.test(text.slice(Math.max(0, tok.start - 1), tok.start) + '|' + text.slice(tok.end, tok.end + 1)))) return;
  scan.push(s, false);
}

/** Tags of what a common word modifies: nouns, 的, numbers and measures, adjectives, set phrases. */
const MODIFIED_TAGS = /^(?:n|nz|ng|vn|uj|m|q|mq|a|an|b|l)$/;

/** Whether the token after a word is what the word modifies: a noun or 的 (智能化的), or a list of nouns (安全性、数据). */
function modifiesNext(scan: PersonScan, next: Token | undefined): boolean {
  if (!next) return false;
  if (next.word === '、') return !/^(?:nr|nrfg|nrt|x)$/.test(scan.tokens.startingAt(next.end)?.tag ?? '');
  return MODIFIED_TAGS.test(next.tag);
}
