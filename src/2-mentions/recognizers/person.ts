import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { anchoredMatches } from '../anchored.js';
import { appointmentAt, gapBefore, NOT_APPOINTMENT_AFTER, postAfterJoining } from '../appointment.js';
import { Coverage } from '../span-index.js';
import { isWord } from '../../1-segment/tokenizer.js';
import type { Token } from '../../types.js';
import {
  chineseNameAt, foreignNameAt, FUNCTION_CHARS, indexTokens, isNamePart, kindToSubtype, LIST_CONTEXT,
  MIDDLE_DOT, nameBefore, SPEECH, SPEECH_VERBS, NAME_BREAK, NON_FINAL, ORG_FINAL, PLACE_FINAL,
  transliterationRun, type NameSpan, type TokenIndex,
} from './person-names.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';

/** A surname with a form of address (姚先生, 王女士, 李总, 杨律师) refers to someone without naming them. */
const FORMS_OF_ADDRESS = '先生|女士|教授|博士|老师|律师|医生';
const HONORIFIC_ONLY = new RegExp(`^\\p{Script=Han}{1,2}(?:${FORMS_OF_ADDRESS}|小姐|太太|阿姨|师傅|大爷|总|老板)$`, 'u');
/** 火来胜先生, 张兰女士: a name before a form of address (2–3 characters: 4–6 units before the form at most). */
const NAME_WITH_ADDRESS = new RegExp(`([\\p{Script=Han}]{2,3})(?:${FORMS_OF_ADDRESS})`, 'uy');
const FORM_OF_ADDRESS = new RegExp(FORMS_OF_ADDRESS, 'g');
/** 丹尼斯·霍珀: a middle dot between two Chinese characters. */
const HAN_DOT = /(?<=\p{Script=Han})[·•](?=\p{Script=Han})/uy;
const DOT = /[·•]/g;

/**
 * A clause start, a name, an optional adverb and a verb of saying: 但刘中山同时证实, 。彭小军透露. It starts
 * 2 (a name at the start of the text) to 11 units (a mark, four astral characters, an adverb) before the verb.
 */
const SPEAKER = new RegExp(String.raw`(?:^|[，。！？：；“”‘’（）\s、]|但|而|据)((?:\p{Script=Han}){2,4}?)((?:同时|也|还|则|曾|就|又|随后|近日|昨天|今天|日前|上月)?(?:${SPEECH_VERBS}))`, 'uy');
const SPEECH_VERB = new RegExp(SPEECH_VERBS, 'g');

/**
 * Whether the span before a verb of credit reads as a person's name (see the credit rule of `person`).
 * `strict` where the context alone says less (…的《…》): no common word of jieba's may open it either.
 */
function creditedName(text: string, s: NameSpan, tokens: TokenIndex, dict: CompiledDictionary, strict = false): boolean {
  const name = text.slice(s.start, s.end);
  if (MIDDLE_DOT.test(name)) return !MIDDLE_DOT.test(name[0]!) && !MIDDLE_DOT.test(name.at(-1)!);
  if (chineseNameAt(text, s.start, dict, tokens)?.end !== s.end) return false;
  const whole = tokens.startingAt(s.start);
  // 游戏|版: a common word of jieba's at the front is no surname and given name.
  if (strict && whole && whole.word.length >= 2 && whole.end < s.end && !/^(?:nr|nrfg|nrt|x)$/.test(whole.tag) && !dict.compoundSurnames.has(whole.word)) return false;
  return !isWord(name) || (whole !== undefined && whole.end === s.end && /^nr/.test(whole.tag));
}

/**
 * People: a name right after a title (国家广播电视总局局长曹淑敏, 集团CEO雷军, 总统穆罕默德), a name right
 * before one (瓦塔拉总统, 习近平主席), a name given a post (靳国卫同志任…, 由杨志辉接任), names listed after a
 * role label (责编：余力 何紫薇), and, without a title, jieba person tokens that start with a surname.
 * Titled people are `official`; untitled ones and characters in plot synopses are `person`.
 */
export const person: Recognizer = {
  name: 'person',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, dictionary: dict } = ctx;
    const tokens = indexTokens(ctx);
    const out: Candidate[] = [];
    const taken = new Coverage(text.length);
    const titleStarts = new Set<number>();
    for (const c of ctx.candidates) {
      if ((c.kind === 'organization' && !c.shortForm) || c.kind === 'title' || c.kind === 'event' || c.kind === 'work' || c.kind === 'document' || c.kind === 'agreement') taken.mark(c.start, c.end);
      if (c.kind === 'title') titleStarts.add(c.start);
    }
    const named = new Coverage(text.length);
    const overlapsTaken = (s: NameSpan) => taken.overlaps(s.start, s.end);
    // `credited`: named for a part in the work a synopsis is about (该片由…执导，讲述了…), so no character of it.
    const push = (s: NameSpan, titled: boolean, subtype?: string, credited = false) => {
      const name = text.slice(s.start, s.end);
      if (dict.notNames.has(name) || dict.generic.has(name) || dict.places.has(name) || dict.titleKind.has(name) || HONORIFIC_ONLY.test(name)) return;
      if (overlapsTaken(s)) return;
      const synopsis = !credited && dict.synopsis.test(ctx.sentenceAt(s.start)?.text ?? '');
      named.mark(s.start, s.end);
      out.push({ kind: titled && !synopsis ? 'official' : 'person', start: s.start, end: s.end, name, subtype, priority: titled ? 8 : 3, by: this.name });
    };
    const nameAt = (at: number, foreignOk: boolean) => {
      const zh = chineseNameAt(text, at, dict, tokens);
      const fr = foreignOk ? foreignNameAt(text, at, tokens, dict) : undefined;
      // 阿马杜·库里巴利, 穆罕默德: a transliteration runs past where a Chinese name would end.
      if (fr && (!zh || (fr.end > zh.end && fr.end - fr.start <= 10 && (MIDDLE_DOT.test(text.slice(fr.start, fr.end)) || (tokens.startingAt(at)?.word.length ?? 0) >= 4 || tokens.startingAt(at)?.tag === 'nrt')))) return fr;
      return zh;
    };

    for (const title of ctx.candidates.filter((c) => c.kind === 'title')) {
      // Title then name.
      const after = nameAt(title.end, title.subtype !== 'media' && title.subtype !== 'other');
      if (after && !titleStarts.has(after.start)) push(after, true, kindToSubtype(title.subtype));
      // Name then title (瓦塔拉总统): the tokens right before the title, not part of an organization.
      const before = nameBefore(ctx, title.start, tokens);
      if (before && dict.titlesAfterName.has(title.name)) push(before, true, kindToSubtype(title.subtype));
    }
    // Roles that are no position (演员, 球员, 律师): the named person after them is a person.
    for (const tok of ctx.tokens) {
      if (!dict.roles.has(tok.word) || dict.titleKind.has(tok.word)) continue;
      const after = nameAt(tok.end, true);
      if (after && !titleStarts.has(after.start)) push(after, false);
    }
    // 记者李蕾张羽飞: a second name right after the first.
    for (const first of [...out]) {
      const second = chineseNameAt(text, first.end, dict, tokens);
      if (second && second.end - second.start >= 2 && (NAME_BREAK.has(text[second.end] ?? '。') || !text[second.end])) push(second, first.kind === 'official');
    }
    // 王海涛已正式出任…, 王海涛于2019年任…: adverbs or a date may stand between the name and its predicate.
    const nameBeforePredicate = (at: number) => {
      const gapStart = gapBefore(dict, text, at);
      return (gapStart < at ? nameBefore(ctx, gapStart, tokens) : undefined) ?? nameBefore(ctx, at, tokens);
    };
    // Appointment predicates and role-label lists.
    const appoint = new RegExp(dict.appointment.source, 'gu');
    let hidden = { start: -1, end: -1 };
    for (let m; (m = appoint.exec(text));) {
      // The predicate must be whole words: 任 of 责任 or 任务 is not an appointment.
      if (!ctx.tokenStartingAt.has(m.index) || NOT_APPOINTMENT_AFTER.test(text[m.index + m[0].length] ?? '')) {
        // 此前|任: a predicate inside a word (前任) may hide one that starts right after it.
        hidden = { start: m.index, end: m.index + m[0].length };
        appoint.lastIndex = m.index + 1;
        continue;
      }
      // A predicate found inside a word that was none counts only after an adverb covering that word (此前|任, not 周晨永曾|任).
      if (m.index < hidden.end && gapBefore(dict, text, m.index) > hidden.start) continue;
      const beforeName = nameBeforePredicate(m.index);
      if (beforeName) push(beforeName, true);
    }
    // X作为星澜影业的总经理 / X加入星澜影业，担任总经理: a capacity or a joining counts only with an organization after it.
    const orgEndByStart = new Map<number, number>();
    for (const c of ctx.candidates) if (c.kind === 'organization') orgEndByStart.set(c.start, Math.max(orgEndByStart.get(c.start) ?? 0, c.end));
    const orgThenTitle = (at: number) => {
      const end = orgEndByStart.get(at);
      return end !== undefined && (titleStarts.has(end) || (text[end] === '的' && titleStarts.has(end + 1)));
    };
    const joinedThenPost = (at: number) => {
      const end = orgEndByStart.get(at);
      const post = end === undefined ? undefined : postAfterJoining(dict, text, end);
      return post !== undefined && titleStarts.has(post.at + post.predicate.length);
    };
    for (const [pattern, postAfter] of [[dict.capacity, orgThenTitle], [dict.joining, joinedThenPost]] as const) {
      for (const m of text.matchAll(new RegExp(pattern.source, 'gu'))) {
        if (!ctx.tokenStartingAt.has(m.index) || !postAfter(m.index + m[0].length)) continue;
        const beforeName = nameBeforePredicate(m.index);
        if (beforeName) push(beforeName, true);
      }
    }
    // 任命任涛为…台长, 聘任王某担任…: the name between a predicate of appointing and 为 (or an appointment).
    const appointing = new RegExp(dict.appointing.source, 'gu');
    for (let m; (m = appointing.exec(text));) {
      const s = nameAt(m.index + m[0].length, true);
      if (s && (text[s.end] === '为' || appointmentAt(dict, text, s.end) !== undefined)) push(s, true);
    }
    // 由周星驰出品、易小星监制的微短剧: a person credited with a part in a work is credited by role. Only a
    // Chinese name (or a foreign one with its middle dot) before the verb, and a dictionary word only
    // where jieba reads it as a name: 由万达出品 is a company.
    const credit = new RegExp(dict.creditVerbs.source, 'gu');
    for (let m; (m = credit.exec(text));) {
      if (!ctx.tokenStartingAt.has(m.index)) continue;
      const s = nameBefore(ctx, m.index, tokens);
      if (!s || !creditedName(text, s, tokens, dict)) continue;
      push(s, true, 'media', true);
    }
    // 范曾的《老子出关》, 费穆所写的《…》: a name right before 的《…》 is the work's author or maker (a person; read like a credit).
    for (const m of text.matchAll(/(?:所(?:写|著|作|拍|编|绘|画|演))?的《/gu)) {
      const s = nameBefore(ctx, m.index, tokens);
      if (s && !named.overlaps(s.start, s.end) && creditedName(text, s, tokens, dict, true)) push(s, false);
    }
    for (const m of text.matchAll(/由([\p{Script=Han}·]{2,8}?)(?:接任|担任|出任|继任)/gu)) {
      const s = nameAt(m.index + 1, true);
      if (s) push(s, true);
    }
    for (const m of text.matchAll(/(?:^|\n)([\p{Script=Han}]{2,4})[：:]\s*((?:[\p{Script=Han}·]{2,6}[ \u3000]+)+[\p{Script=Han}·]{2,6})\s*(?=\n|$)/gu)) {
      if (!dict.titleKind.has(m[1]!)) continue;
      let at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      for (const part of m[2]!.split(/[ \u3000]+/)) {
        const start = text.indexOf(part, at);
        push({ start, end: start + part.length }, true, kindToSubtype(dict.titleKind.get(m[1]!)));
        at = start + part.length;
      }
    }
    const translitSeen = new Set<number>();
    const allTransliterated = (t: Token | undefined) => !!t && /^nr/.test(t.tag) && [...t.word].every((c) => dict.transliteration.has(c));
    // 贝尔/巴托夫: jieba cut one transliterated name into two person words; read them as one run.
    const splitTransliteration = (t: Token) => allTransliterated(t) && (allTransliterated(tokens.endingAt(t.start)) || allTransliterated(tokens.startingAt(t.end)));
    // Untitled people: jieba's person tokens (nr, and unknown words it guessed, x) that begin with a surname,
    // transliterated names (nrt), and a name opening a quote (郭某某：…).
    for (const tok of ctx.tokens) {
      // Only person-like tags go on (cheapest test first: most tokens stop here).
      if (tok.tag !== 'nr' && tok.tag !== 'nrfg' && tok.tag !== 'x' && tok.tag !== 'nrt') continue;
      if (tok.word.length < 2 || tok.word.length > 4 || !/^\p{Script=Han}+$/u.test(tok.word) || dict.places.has(tok.word)) continue;
      // Transliterations next to a fixture (曼联vs切尔西, 主场, 客场) are clubs, not people.
      if (PLACE_FINAL.has(tok.word.at(-1)!) || ORG_FINAL.has(tok.word.at(-1)!) || dict.placeWordAfter.test(text.slice(tok.end, tok.end + 3))) continue;
      if (tok.tag === 'nrt' || splitTransliteration(tok)) {
        // jieba cuts long transliterations (加/拉塔/萨雷): the run of transliteration characters is the name.
        if (tok.word.length === 2 && isWord(tok.word) && !dict.personWordAfter.test(text.slice(tok.end, tok.end + 3))) continue;
        const run = transliterationRun(text, tok.start, tok.end, dict);
        if (translitSeen.has(run.start)) continue;
        translitSeen.add(run.start);
        const name = text.slice(run.start, run.end);
        if (dict.places.has(name) || PLACE_FINAL.has(name.at(-1)!)) continue;
        // A transliteration by a fixture (曼联vs切尔西, 做客, 主场) names a club.
        const context = text.slice(Math.max(0, run.start - 6), run.end + 6);
        if (dict.teamContext.test(context)) out.push({ kind: 'organization', start: run.start, end: run.end, name, subtype: 'other', priority: 2, by: this.name });
        else push(run, false);
        continue;
      }
      const s = chineseNameAt(text, tok.start, dict, tokens);
      // jieba may glue a particle to the name (哈文则, 朱琦已): the name may end one character early.
      if (!s || (s.end !== tok.end && !(s.end === tok.end - 1 && NON_FINAL.has(text[s.end]!)))) continue;
      // jieba's dictionary tags many common words nr (高峰, 阳光, 明星): a two-character dictionary word needs a person's context.
      // A two-character word jieba guessed (平半, 初盘) is a name only where people act or are listed.
      // A guessed word opening a clause and followed by a predicate is its subject (游康几年前就…).
      const next = tokens.startingAt(tok.end);
      const subject = tok.tag === 'x' && /^(?:[，。！？：；、（“\n]|)$/u.test(text.slice(Math.max(0, tok.start - 1), tok.start)) && /^(?:v|d|p|c|t|m|f)$/.test(next?.tag ?? '') && !dict.sportsContext.test(ctx.sentenceAt(tok.start)?.text ?? '');
      // 常青树, 白金卡: a three-character common word that merely starts with a surname is no name either.
      if (tok.word.length === 3 && tok.tag !== 'nr' && tok.tag !== 'nrfg' && isWord(tok.word) && !dict.personWordAfter.test(text.slice(tok.end, tok.end + 3))) continue;
      if (tok.word.length === 2 && tok.tag !== 'nrfg' && (isWord(tok.word) || tok.tag === 'x') && !dict.personWordAfter.test(text.slice(tok.end, tok.end + 3)) && !subject
        && !(tok.tag === 'x' && LIST_CONTEXT.test(text.slice(Math.max(0, tok.start - 1), tok.start) + '|' + text.slice(tok.end, tok.end + 1)))) continue;
      push(s, false);
    }
    // 丹尼斯·霍珀: transliterated given and family names joined by a middle dot, read token by token each way.
    for (const m of anchoredMatches(text, DOT, HAN_DOT, 0, 0)) {
      const dot = m.index;
      if (named.overlaps(dot, dot + 1)) continue;
      let start = dot;
      for (let tok = tokens.endingAt(dot); tok && dot - tok.start <= 5 && isNamePart(tok, dict); tok = tokens.endingAt(tok.start)) start = tok.start;
      const after = foreignNameAt(text, dot + 1, tokens, dict);
      if (start < dot && after) push({ start, end: after.end }, false);
    }
    // 彭小军透露, 但刘中山同时证实: a name opening a clause whose predicate is a verb of saying. jieba may have cut
    // the name apart (彭/小/军); a dictionary word (官方表示) is a name only where jieba tags it as one.
    for (const m of anchoredMatches(text, SPEECH_VERB, SPEAKER, 11, 2)) {
      const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
      const s = chineseNameAt(text, start, dict, tokens);
      if (!s || s.end !== start + m[1]!.length || named.overlaps(s.start, s.end)) continue;
      const whole = tokens.startingAt(s.start);
      // 信息中称, 曾被称为: a common word at the front or a function character at the end is no name.
      if (whole && !/^nr/.test(whole.tag) && whole.word.length >= 2) continue;
      if (FUNCTION_CHARS.has(text[s.end - 1]!) || NON_FINAL.has(text[s.end - 1]!)) continue;
      if (isWord(m[1]!) && !(whole && whole.end === s.end && /^nr/.test(whole.tag))) continue;
      push(s, false);
    }
    // 成钢（化名）: a name the reporter says is made up is still a person's name.
    for (const m of text.matchAll(/[（(]化名[）)]/gu)) {
      const s = nameBefore(ctx, m.index, tokens);
      if (s && !named.overlaps(s.start, s.end)) push(s, false);
    }
    // 火来胜先生, 张兰女士.
    for (const m of anchoredMatches(text, FORM_OF_ADDRESS, NAME_WITH_ADDRESS, 6, 2)) {
      for (const len of [3, 2]) {
        const start = m.index + m[1]!.length - len;
        if (start < m.index || !ctx.tokenStartingAt.has(start)) continue;
        const s = chineseNameAt(text, start, dict, tokens);
        if (s && s.end === m.index + m[1]!.length) { push(s, false); break; }
      }
    }
    for (const m of text.matchAll(/(?:^|\n|[。！？])([\p{Script=Han}]{2,4})[：:]/gu)) {
      const start = m.index + m[0].length - m[1]!.length - 1;
      const s = chineseNameAt(text, start, dict, tokens);
      if (s && s.end === start + m[1]!.length && !dict.titleKind.has(m[1]!)) push(s, false);
    }
    // 副局长王海涛、杨建国; 孙岚、江疏影主演: a Chinese name after 、 continues a list of people, titled like the
    // one before it, when it ends where a name ends (a mark, a predicate, a verb, a title).
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
      if (ends) push(next, first.kind === 'official', first.subtype);
    }
    return out;
  },
};
