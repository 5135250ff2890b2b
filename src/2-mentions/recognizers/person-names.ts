import type { CompiledDictionary } from '../../dictionary/compile.js';
import { GIVEN_CHAR_TAGS } from '../../1-segment/name-tags.js';
import type { Lexicon } from '../../1-segment/lexicon.js';
import type { Token } from '../../types.js';
import type { RecognizerContext } from '../recognizer.js';

/* The name models of the person recognizer: where a Chinese or a transliterated name starts and ends. */

const FOREIGN_NAME_CHARS = /^[\p{Script=Han}·•]+$/u;
export const NAME_BREAK = new Set([...'，。、；：！？“”‘’（）()《》「」 \n·']);
export const MIDDLE_DOT = /[·•‧]/;
/** Verbs of saying that follow a speaker's name (…表示, …说, …称), longest first within a shared start. */
export const SPEECH_VERBS = '说|表示|认为|指出|称|介绍|透露|坦言|告诉|强调|解释|回答|坦承|证实';
export const SPEECH = new RegExp(`^(?:${SPEECH_VERBS})`, 'u');
/** Tags of words that are never a given name: times, measures, directions, pronouns (jieba's place and number tags are too loose: 卫国/ns, 大千/m). */
const NOT_GIVEN_TAGS = /^(?:t|mq|q|f|r)$/;
/** A verb of saying at `at`; a one-character one (说, 称) only where it does not make a word with the character before it (诉称). */
const speechAt = (text: string, at: number, before: string, lexicon: Lexicon) => {
  const m = SPEECH.exec(text.slice(at, at + 2));
  return !!m && (m[0].length > 1 || !lexicon.isWord(before));
};
/** A guessed name between list separators (记者张三、李四, 张三 李四). */
export const LIST_CONTEXT = /^[、（( ]\||\|[、）) ]$/u;
export const isNamePart = (tok: Token, dict: CompiledDictionary) => /^\p{Script=Han}+$/u.test(tok.word) && /^(?:nr|nrt|nrfg|x|ns|nz)$/.test(tok.tag)
  && !dict.predicates.has(tok.word) && !FUNCTION_CHARS.has(tok.word) && !dict.titleKind.has(tok.word) && !dict.notNames.has(tok.word);
/** Last characters of organizations (银监会, 扶贫办): never of a person's name. */
export const ORG_FINAL = new Set([...'会局部委办院厅署']);
/** Last characters of places and buildings (卢浮宫, 吴家堡, 巴厘岛), never of a person's name. */
export const PLACE_FINAL = new Set([...'宫岛湾村路街区县镇堡港山湖河寺馆园城站桥洲省市州营邑庄屯坝']);
/** Particles that, right after a surname, show it is no surname (王的, 张在). */
const LEADING_PARTICLES = new Set([...'的了和与在是等将为']);
export const NON_FINAL = new Set([...'首次们等说称的了在是和与及也亦均仍都就将把被让给向从对为则而又还却这那其此各每某已曾要会拟']);
export const FUNCTION_CHARS = new Set([...'的了和与在是等将对向从为并及也都就被把给让同']);
/** A surname with a form of address (姚先生, 王女士, 李总, 杨律师) refers to someone without naming them. */
export const FORMS_OF_ADDRESS = '先生|女士|教授|博士|老师|律师|医生';
export const HONORIFIC_ONLY = new RegExp(`^\\p{Script=Han}{1,2}(?:${FORMS_OF_ADDRESS}|小姐|太太|阿姨|师傅|大爷|总|老板)$`, 'u');

export interface NameSpan { start: number; end: number }

const SINGLE = 1;
const STARTS_COMPOUND = 2;
const surnameFlagTables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/**
 * By UTF-16 unit: is it a surname (SINGLE), does it start a compound one (STARTS_COMPOUND)? Names are
 * looked for at most offsets of a text, and most characters are neither: a flag answers before any
 * string is sliced or hashed. Built once per dictionary.
 */
function surnameFlags(dict: CompiledDictionary): Uint8Array {
  let flags = surnameFlagTables.get(dict.surnames);
  if (flags) return flags;
  flags = new Uint8Array(0x10000);
  for (const s of dict.surnames) if (s.length === 1) flags[s.charCodeAt(0)]! |= SINGLE;
  for (const s of dict.compoundSurnames) if (s.length === 2) flags[s.charCodeAt(0)]! |= STARTS_COMPOUND;
  surnameFlagTables.set(dict.surnames, flags);
  return flags;
}

/**
 * Whether the person speaks or acts right after the character at `at` (its first two characters `rest`):
 * a verb of saying or a predicate of two characters starts at `at + 1`, and that character may end a name.
 */
function speaksAfter(text: string, at: number, rest: string, dict: CompiledDictionary, lexicon: Lexicon): boolean {
  const ch = text[at]!;
  return !FUNCTION_CHARS.has(ch) && !NON_FINAL.has(ch) && (speechAt(text, at + 1, rest, lexicon) || dict.predicates.has(text.slice(at + 1, at + 3)));
}

/** A Chinese name starting at `at`: compound or single surname plus one or two given characters. */
export function chineseNameAt(text: string, at: number, dict: CompiledDictionary, tokens: TokenIndex): NameSpan | undefined {
  const flags = surnameFlags(dict)[text.charCodeAt(at)] ?? 0;
  if (!flags) return undefined;
  const surnameLength = flags & STARTS_COMPOUND && dict.compoundSurnames.has(text.slice(at, at + 2)) ? 2 : flags & SINGLE ? 1 : 0;
  if (!surnameLength) return undefined;
  // Prefer jieba's own person token when it starts here.
  const tok = tokens.startingAt(at);
  // A common word (对话, 发展) is not a name even when its first character is a surname; nor is a predicate (任命).
  if (tok && tok.word.length >= 2 && (/^(?:v|vn|vd|d|p|c|r|a|ad|m|q|t|f|l|i)$/.test(tok.tag) || dict.predicates.has(tok.word) || dict.nameStopWords.has(tok.word))) return undefined;
  // 工程师来|帮助: a surname jieba reads as a verb or an adverb, before a verb of two characters, is the
  // first of two verbs, not a name (来帮助, 将建设).
  if (tok && tok.word.length === surnameLength && /^(?:v|p|d|c)$/.test(tok.tag) && /^v/.test(tokens.startingAt(tok.end)?.tag ?? '') && (tokens.startingAt(tok.end)?.word.length ?? 0) === 2) return undefined;
  if (tok && /^nr/.test(tok.tag) && tok.word.length >= surnameLength + 1 && tok.word.length <= surnameLength + 2) {
    // jieba tags some phrases nr (于本周): a given name that is a time, a place or a number word is none.
    const givenName = tok.word.slice(surnameLength);
    if (tok.word.length === surnameLength + 2) return NOT_GIVEN_TAGS.test(tokens.lexicon.posTag(givenName)) ? undefined : { start: at, end: tok.end };
    return { start: at, end: thirdCharacterBeforePredicate(text, tok.end, dict, tokens) ? tok.end + 1 : tok.end };
  }
  // 孔祥同介绍说: a word jieba guessed, a full name long, right before the person speaks, is the name, whatever its last character.
  if (tok && tok.tag === 'x' && tok.word.length === surnameLength + 2 && /^\p{Script=Han}+$/u.test(tok.word) && SPEECH.test(text.slice(tok.end, tok.end + 2))) return { start: at, end: tok.end };
  let end = at + surnameLength;
  for (let n = 0; n < 2; n++) {
    const ch = text[end];
    if (!ch || !/\p{Script=Han}/u.test(ch) || NAME_BREAK.has(ch)) break;
    const rest = text.slice(end, end + 2);
    // 黄福华表示, 范文明主持: a given name may end in the first half of a word (华表, 明主) when the person
    // speaks or acts (a predicate of two characters or more) right after it.
    // speaksAfter is asked only where a word of two characters would end the name (most offsets stop before it).
    if (n > 0 && (dict.predicates.has(ch) || dict.predicates.has(rest) || dict.notNames.has(ch) || dict.notNames.has(rest) || startsKnownWord(rest, dict) || (rest.length === 2 && tokens.lexicon.isWord(rest) && !speaksAfter(text, end, rest, dict, tokens.lexicon)))) break;
    if (n === 0 && dict.predicates.has(ch) && LEADING_PARTICLES.has(ch)) return undefined;
    end++;
  }
  if (end - at < surnameLength + 1) return undefined;
  // 谈武汉: what follows the surname is a place or a time jieba knows whole, not a given name.
  const given = tokens.startingAt(at + surnameLength);
  if (end - at === surnameLength + 2 && given?.end === end && (NOT_GIVEN_TAGS.test(given.tag) || dict.places.has(given.word))) return undefined;
  // 张瑜首(次): a character that ends phrases, not names, closes a three-character guess early.
  if (end - at === surnameLength + 2 && NON_FINAL.has(text[end - 1]!)) end--;
  // 李蕾张羽飞: two names in a row; the third character begins the second name.
  const after = text.slice(end, end + 2);
  if (end - at === surnameLength + 2 && dict.surnames.has(text[end - 1]!) && /^\p{Script=Han}{1,2}(?:[）)，、。\s]|$)/u.test(text.slice(end, end + 3))
    && !dict.predicates.has(after) && !dict.notNames.has(after) && !dict.titleKind.has(after) && !tokens.lexicon.isWord(after) && !SPEECH.test(after)) end--;
  return { start: at, end };
}

const CLAUSE_END = new Set([...'，、。；,;']);

/**
 * 方毅永出席: jieba knows a two-character name (方毅/nr) that is the start of a three-character one. The
 * character after it still belongs to the name when it is a word of its own, of a name-like tag (or a
 * given-name character jieba calls a verb or a time: 张华立出席, 罗文清致辞), and the person acts or speaks right after it (a
 * predicate of two characters or more); a character jieba calls a verb or a time also before the punctuation
 * that ends a clause or a list item (董事长王华立，…).
 */

function thirdCharacterBeforePredicate(text: string, at: number, dict: CompiledDictionary, tokens: TokenIndex): boolean {
  const next = tokens.startingAt(at);
  if (!next || next.word.length !== 1 || !/\p{Script=Han}/u.test(next.word) || FUNCTION_CHARS.has(next.word) || NON_FINAL.has(next.word)) return false;
  if (!(GIVEN_CHAR_TAGS.has(next.tag) || dict.givenNameVerbChars.has(next.word) || dict.givenNameTimeChars.has(next.word)) || dict.predicates.has(next.word) || dict.notNames.has(next.word)) return false;
  if (dict.predicates.has(text.slice(at + 1, at + 3)) || SPEECH.test(text.slice(at + 1, at + 3))) return true;
  // 董事长王华立，…: a given-name character jieba calls a verb or a time ends the name before a clause's or list's end
  // too; so does one jieba itself reads as part of a name (张大/nr 钟/nr;).
  return CLAUSE_END.has(text[at + 1] ?? '') && (dict.givenNameVerbChars.has(next.word) || dict.givenNameTimeChars.has(next.word) || /^nr/.test(next.tag));
}

const titlePrefixes = new WeakMap<CompiledDictionary, Set<string>>();

/** Whether `s` begins a title or a title begins `s` (王局长 is not the name 王局). */
function startsKnownWord(s: string, dict: CompiledDictionary): boolean {
  let prefixes = titlePrefixes.get(dict);
  if (!prefixes) {
    prefixes = new Set();
    for (const t of dict.titles) for (let k = 1; k <= t.length; k++) prefixes.add(t.slice(0, k));
    titlePrefixes.set(dict, prefixes);
  }
  for (let k = 1; k <= s.length; k++) if (dict.titleKind.has(s.slice(0, k))) return true;
  return prefixes.has(s);
}

/** A transliterated foreign name starting at `at` (阿马杜·库里巴利, 穆罕默德), read token by token. */
export function foreignNameAt(text: string, at: number, tokens: TokenIndex, dict: CompiledDictionary): NameSpan | undefined {
  let end = at;
  let tok = tokens.startingAt(at);
  while (tok && end - at < 14) {
    const w = tok.word;
    if (MIDDLE_DOT.test(w) && w.length === 1) { end = tok.end; tok = tokens.startingAt(end); continue; }
    if (!FOREIGN_NAME_CHARS.test(w) || dict.predicates.has(w) || (dict.notNames.has(w) && w.length > 1) || dict.titleKind.has(w) || FUNCTION_CHARS.has(w)) break;
    if (end === at && !/^(?:nr|nrt|nrfg|x|ns)$/.test(tok.tag) && !MIDDLE_DOT.test(text.slice(at, at + 8))) break;
    if (/^[vpcudr]/.test(tok.tag) && !/^nr/.test(tok.tag) && w.length > 1) break;
    // Past the first token a transliteration goes on only with name-like pieces (not 巨匠, 很, 难).
    if (end > at && !MIDDLE_DOT.test(text[end - 1] ?? '') && !/^(?:nr|nrt|nrfg|x)$/.test(tok.tag) && ![...w].every((c) => dict.transliteration.has(c))) break;
    end = tok.end;
    tok = tokens.startingAt(end);
  }
  if (MIDDLE_DOT.test(text[end - 1] ?? '')) end--;
  // 穆尼兹的: a particle jieba glued to the end of a transliteration is not part of it; 同瓦塔拉: nor a
  // preposition glued to its front (a word jieba guessed, 同瓦), when the rest is all transliteration and
  // the whole is no Chinese name (向丽翔: 向 is a surname too).
  if (end - at > 2 && FUNCTION_CHARS.has(text[end - 1]!)) end--;
  const frontGlued = end - at > 2 && FUNCTION_CHARS.has(text[at]!) && tokens.startingAt(at)?.tag === 'x'
    && (end - at > 3 || !dict.surnames.has(text[at]!)) && [...text.slice(at + 1, end)].every((c) => dict.transliteration.has(c));
  const start = frontGlued ? at + 1 : at;
  return end - start >= 2 ? { start, end } : undefined;
}

/** The tokens by offset, and the extractor's lexicon the name models read with them. */
export interface TokenIndex { startingAt(offset: number): Token | undefined; endingAt(offset: number): Token | undefined; readonly lexicon: Lexicon }

export function indexTokens(ctx: RecognizerContext): TokenIndex {
  return {
    startingAt: (o) => { const i = ctx.tokenStartingAt.get(o); return i === undefined ? undefined : ctx.tokens[i]; },
    endingAt: (o) => { const i = ctx.tokenEndingAt.get(o); return i === undefined ? undefined : ctx.tokens[i]; },
    lexicon: ctx.lexicon,
  };
}




/** Extends [start, end) over neighbouring transliteration characters (加+拉塔+萨雷 → 加拉塔萨雷). */
export function transliterationRun(text: string, start: number, end: number, dict: CompiledDictionary): NameSpan {
  const translit = dict.transliteration;
  let s = start;
  let e = end;
  while (s > 0 && translit.has(text[s - 1]!) && start - s < 4) s--;
  while (e < text.length && translit.has(text[e]!) && e - end < 4) e++;
  // 索尔-坎贝尔: two transliterations joined by a hyphen are one name.
  if (text[e] === '-' && translit.has(text[e + 1] ?? '')) { e++; while (e < text.length && translit.has(text[e]!) && e - end < 10) e++; }
  if (text[s - 1] === '-' && translit.has(text[s - 2] ?? '')) { s--; while (s > 0 && translit.has(text[s - 1]!) && start - s < 10) s--; }
  return { start: s, end: e };
}

/**
 * A Japanese name starting at `at` (佐藤健一): a Japanese family name of the dictionary's (japaneseSurnames)
 * and one or two given characters, up to a break, a function word or a predicate. Read only where a title
 * or a predicate shows a person.
 */
export function japaneseNameAt(text: string, at: number, dict: CompiledDictionary): NameSpan | undefined {
  for (const len of [3, 2]) {
    if (!dict.japaneseSurnames.has(text.slice(at, at + len))) continue;
    let end = at + len;
    while (end - at - len < 2 && /\p{Script=Han}/u.test(text[end] ?? '') && !NAME_BREAK.has(text[end]!) && !FUNCTION_CHARS.has(text[end]!)
      && !NON_FINAL.has(text[end]!) && !dict.predicates.has(text.slice(end, end + 2)) && !SPEECH.test(text.slice(end, end + 2))) end++;
    return end > at + len ? { start: at, end } : undefined;
  }
  return undefined;
}

/**
 * Where a name that ends at `end` ends with the tail of a transliteration read on (署长谢尔|巴科夫斯基: jieba
 * took 谢 for a surname and cut the name after 斯拉): two to six transliteration characters more, a person
 * word of jieba's among them, closed where a word starts. Else `end`.
 */
export function transliterationTail(text: string, end: number, dict: CompiledDictionary, tokens: TokenIndex): number {
  let e = end;
  while (e - end < 6 && dict.transliteration.has(text[e] ?? '')) e++;
  if (e - end < 2 || (e < text.length && !tokens.startingAt(e) && /\p{Script=Han}/u.test(text[e]!))) return end;
  for (let at = e, tok = tokens.endingAt(e); tok && tok.start >= end; at = tok.start, tok = tokens.endingAt(at)) {
    if (/^(?:nr|nrt)$/.test(tok.tag) && tok.word.length >= 2) return e;
  }
  return end;
}

export function kindToSubtype(kind: string | undefined): string | undefined {
  return kind === 'government' || kind === 'party' || kind === 'association' || kind === 'business' || kind === 'media' || kind === 'foreign' ? kind : undefined;
}

/** The name that ends at `end` (right before a title or predicate), if the text there reads as one. */
export function nameBefore(ctx: RecognizerContext, end: number, tokens: TokenIndex): NameSpan | undefined {
  const { text, dictionary: dict } = ctx;
  // Chinese: a surname two or three characters back, at a token boundary.
  for (const len of [3, 2, 4]) {
    const start = end - len;
    // The token boundary first: a name read from inside a word would be dropped anyway.
    if (start < 0 || !(ctx.tokenStartingAt.has(start) || ctx.tokenEndingAt.has(start))) continue;
    const s = chineseNameAt(text, start, dict, tokens);
    if (s && s.end === end) {
      // 上官|宁梓: a compound surname right before a single one's name is the name's own.
      const compound = start >= 2 && dict.compoundSurnames.has(text.slice(start - 2, start)) ? chineseNameAt(text, start - 2, dict, tokens) : undefined;
      if (compound?.end === end) return compound;
      const prev = text[start - 1];
      if (prev === undefined || NAME_BREAK.has(prev) || ctx.tokenEndingAt.has(start)) return s;
    }
  }
  // Foreign: the tokens before, back to a break.
  let start = end;
  let tok = tokens.endingAt(end);
  while (tok && end - tok.start <= 10 && FOREIGN_NAME_CHARS.test(tok.word) && !dict.predicates.has(tok.word) && !dict.notNames.has(tok.word)
    && !dict.titleKind.has(tok.word) && !dict.places.has(tok.word) && /^(?:nr|nrt|nrfg|x|ns|n|nz)$/.test(tok.tag)) {
    start = tok.start;
    tok = tokens.endingAt(start);
  }
  // jieba sometimes glues a preposition to the name (同瓦/塔拉).
  if (FUNCTION_CHARS.has(text[start] ?? '') && end - start >= 3) start++;
  if (end - start >= 2 && end - start <= 8 && /^(?:nr|x|nrt|nrfg)/.test(tokens.startingAt(start)?.tag ?? tokens.endingAt(end)?.tag ?? '')) return { start, end };
  return undefined;
}
