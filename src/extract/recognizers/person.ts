import type { CompiledDictionary } from '../../dictionary/compile.js';
import { isWord } from '../../segment/tokenizer.js';
import type { Sentence, Token } from '../../types.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { Coverage } from '../span-index.js';

/** Sentences that tell a plot: the people in them are characters, never officials. */
const SYNOPSIS = /讲述|描绘|描写|讲的是|剧情|饰演|扮演|主人公|女主|男主|故事围绕|该剧以|该片以|影片以|该剧讲|该片讲/u;
/** Predicates that give a following name a position: 任命X / 由X接任 / X同志任… */
const APPOINT_AFTER = /(?:同志)?(?:任|兼任|出任|担任|接任|升任|调任|转任|卸任|不再担任|当选)/u;
const FOREIGN_NAME_CHARS = /^[\p{Script=Han}·•]+$/u;
const NAME_BREAK = new Set([...'，。、；：！？“”‘’（）()《》「」 \n·']);
const MIDDLE_DOT = /[·•‧]/;
const TEAM_CONTEXT = /vs|VS|对阵|主场|客场|做客|战胜|击败|逼平|不敌|负于|力克|迎战|联赛|球队|队|坐镇|主队|客队|让球|让半|盘/u;
const PERSON_CONTEXT = /^(?:说|表示|认为|指出|称|介绍|透露|坦言|告诉|回答|强调|解释|先生|女士|同志|教授|博士|老师|等人|一行|笑称|诉称|坦承|说道|问|答|回忆|感叹|觉得|希望|告诫|提醒|建议|曾|则|却|便|就|又|也|还|已|一直|早已|正在|发现|决定|看到|来到|带着|逝世|去世|出生|生于|执导|主演|导演|监制|所写|所著|撰文|加盟|上任|接手|做客|预计|渐渐)/u;
/** Sentences of match reports and betting tips, where guessed words are jargon (平半, 初盘) more often than names. */
const SPORTS = /vs|VS|主场|客场|联赛|意甲|英超|西甲|德甲|法甲|欧冠|足彩|让球|盘口|赔率|比分|做客|球队|赛季|平局|主队|客队|亚盘|欧赔|初盘|推介/u;
/** A guessed name between list separators (记者张三、李四, 张三 李四). */
const LIST_CONTEXT = /^[、（( ]\||\|[、）) ]$/u;
const isDictionaryWord = (w: string) => isWord(w);
const isNamePart = (tok: Token, dict: CompiledDictionary) => /^\p{Script=Han}+$/u.test(tok.word) && /^(?:nr|nrt|nrfg|x|ns|nz)$/.test(tok.tag)
  && !VERBISH.has(tok.word) && !FUNCTION_CHARS.has(tok.word) && !dict.titleKind.has(tok.word) && !dict.notNames.has(tok.word);
/** Last characters of organizations (银监会, 扶贫办): never of a person's name. */
const ORG_FINAL = new Set([...'会局部委办院厅署']);
/** What follows a place, not a person (图卢兹地区, 维拉公园, 盖蒂别墅). */
const PLACE_NEXT = /^(?:地区|公园|岛|别墅|路|海滩|酒店|广场|大街|机场|火山|湖|镇|村|港|湾|这样|市|省|县|州|球场|体育场|大学)/u;
/** Last characters of places and buildings (卢浮宫, 吴家堡, 巴厘岛), never of a person's name. */
const PLACE_FINAL = new Set([...'宫岛湾村路街区县镇堡港山湖河寺馆园城站桥洲省市州营邑庄屯坝']);
const NON_FINAL = new Set([...'首次们等说称的了在是和与及也都就将把被让给向从对为则而又还却这那其此各每某已曾']);
const FUNCTION_CHARS = new Set([...'的了和与在是等将对向从为并及也都就被把给让同']);
const VERBISH = new Set(['会见', '会谈', '表示', '指出', '强调', '出席', '签署', '签订', '宣读', '介绍', '认为', '称', '说', '共同', '率团', '访问', '见证', '带领', '接受', '宣布', '发表', '致辞', '讲话', '主持', '同志', '先生', '女士', '一行', '同', '去年', '今年', '等', '和', '与', '及', '在', '对', '为', '向', '将', '是', '的', '了', '也', '都', '还', '曾', '被', '从', '到', '由', '于', '汇报', '出品', '监制', '加入', '作为', '带队', '感谢', '提出', '透露', '坦言', '看来', '谈', '接任', '兼任', '担任', '卸任', '任', '获', '获得', '当选', '代表', '来华', '进行', '正式', '分别', '主演', '执导', '导演']);

export interface NameSpan { start: number; end: number }

/** A Chinese name starting at `at`: compound or single surname plus one or two given characters. */
export function chineseNameAt(text: string, at: number, dict: CompiledDictionary, tokens: TokenIndex): NameSpan | undefined {
  const two = text.slice(at, at + 2);
  const surnameLength = dict.compoundSurnames.has(two) ? 2 : dict.surnames.has(text[at] ?? '') ? 1 : 0;
  if (!surnameLength) return undefined;
  // Prefer jieba's own person token when it starts here.
  const tok = tokens.startingAt(at);
  // A common word (对话, 发展) is not a name even when its first character is a surname.
  if (tok && tok.word.length >= 2 && /^(?:v|vn|vd|d|p|c|r|a|ad|m|q|t|f|l|i)$/.test(tok.tag)) return undefined;
  if (tok && /^nr/.test(tok.tag) && tok.word.length >= surnameLength + 1 && tok.word.length <= surnameLength + 2) return { start: at, end: tok.end };
  let end = at + surnameLength;
  for (let n = 0; n < 2; n++) {
    const ch = text[end];
    if (!ch || !/\p{Script=Han}/u.test(ch) || NAME_BREAK.has(ch)) break;
    const rest = text.slice(end, end + 2);
    if (n > 0 && (VERBISH.has(ch) || VERBISH.has(rest) || dict.notNames.has(ch) || dict.notNames.has(rest) || startsKnownWord(rest, dict) || (rest.length === 2 && isWord(rest)))) break;
    if (n === 0 && (VERBISH.has(ch) && ch.length === 1 && ['的', '了', '和', '与', '在', '是', '等', '将', '为'].includes(ch))) return undefined;
    end++;
  }
  if (end - at < surnameLength + 1) return undefined;
  // 张瑜首(次): a character that ends phrases, not names, closes a three-character guess early.
  if (end - at === surnameLength + 2 && NON_FINAL.has(text[end - 1]!)) end--;
  // 李蕾张羽飞: two names in a row; the third character begins the second name.
  if (end - at === surnameLength + 2 && dict.surnames.has(text[end - 1]!) && /^\p{Script=Han}{1,2}(?:[）)，、。\s]|$)/u.test(text.slice(end, end + 3))) end--;
  return { start: at, end };
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
function foreignNameAt(text: string, at: number, tokens: TokenIndex, dict: CompiledDictionary): NameSpan | undefined {
  let end = at;
  let tok = tokens.startingAt(at);
  while (tok && end - at < 14) {
    const w = tok.word;
    if (MIDDLE_DOT.test(w) && w.length === 1) { end = tok.end; tok = tokens.startingAt(end); continue; }
    if (!FOREIGN_NAME_CHARS.test(w) || VERBISH.has(w) || (dict.notNames.has(w) && w.length > 1) || dict.titleKind.has(w) || FUNCTION_CHARS.has(w)) break;
    if (end === at && !/^(?:nr|nrt|nrfg|x|ns)$/.test(tok.tag) && !MIDDLE_DOT.test(text.slice(at, at + 8))) break;
    if (/^[vpcudr]/.test(tok.tag) && !/^nr/.test(tok.tag) && w.length > 1) break;
    // Past the first token a transliteration goes on only with name-like pieces (not 巨匠, 很, 难).
    if (end > at && !MIDDLE_DOT.test(text[end - 1] ?? '') && !/^(?:nr|nrt|nrfg|x)$/.test(tok.tag) && ![...w].every((c) => TRANSLIT.has(c))) break;
    end = tok.end;
    tok = tokens.startingAt(end);
  }
  if (MIDDLE_DOT.test(text[end - 1] ?? '')) end--;
  // 穆尼兹的: a particle jieba glued to the end of a transliteration is not part of it.
  if (end - at > 2 && FUNCTION_CHARS.has(text[end - 1]!)) end--;
  return end - at >= 2 ? { start: at, end } : undefined;
}

export interface TokenIndex { startingAt(offset: number): Token | undefined; endingAt(offset: number): Token | undefined }

function indexTokens(ctx: RecognizerContext): TokenIndex {
  return {
    startingAt: (o) => { const i = ctx.tokenStartingAt.get(o); return i === undefined ? undefined : ctx.tokens[i]; },
    endingAt: (o) => { const i = ctx.tokenEndingAt.get(o); return i === undefined ? undefined : ctx.tokens[i]; },
  };
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
    const push = (s: NameSpan, titled: boolean, subtype?: string) => {
      const name = text.slice(s.start, s.end);
      if (dict.notNames.has(name) || dict.generic.has(name) || dict.places.has(name) || dict.titleKind.has(name)) return;
      if (overlapsTaken(s)) return;
      const synopsis = SYNOPSIS.test(ctx.sentenceAt(s.start)?.text ?? '');
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
      if (before && /^(?:总统|主席|总书记|总理|首相|国王|先生|女士|同志|大使)$/.test(title.name)) push(before, true, kindToSubtype(title.subtype));
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
    // Appointment predicates and role-label lists.
    const appoint = new RegExp(APPOINT_AFTER.source, 'gu');
    for (let m; (m = appoint.exec(text));) {
      // The predicate must be whole words: 任 of 责任 or 任务 is not an appointment.
      if (!ctx.tokenStartingAt.has(m.index) || /^[务何意性凭由]/u.test(text[m.index + m[0].length] ?? '')) continue;
      const beforeName = nameBefore(ctx, m.index, tokens);
      if (beforeName && text.slice(m.index, m.index + 2) !== '任务') push(beforeName, true);
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
    // Untitled people: jieba's person tokens (nr, and unknown words it guessed, x) that begin with a surname,
    // transliterated names (nrt), and a name opening a quote (郭某某：…).
    for (const tok of ctx.tokens) {
      if (tok.word.length < 2 || tok.word.length > 4 || !/^\p{Script=Han}+$/u.test(tok.word) || dict.places.has(tok.word)) continue;
      const around = text.slice(Math.max(0, tok.start - 6), tok.end + 6);
      // Transliterations next to a fixture (曼联vs切尔西, 主场, 客场) are clubs, not people.
      if (PLACE_FINAL.has(tok.word.at(-1)!) || ORG_FINAL.has(tok.word.at(-1)!) || PLACE_NEXT.test(text.slice(tok.end, tok.end + 3))) continue;
      if (tok.tag === 'nrt') {
        // jieba cuts long transliterations (加/拉塔/萨雷): the run of transliteration characters is the name.
        if (tok.word.length === 2 && isDictionaryWord(tok.word) && !PERSON_CONTEXT.test(text.slice(tok.end, tok.end + 3))) continue;
        const run = transliterationRun(text, tok.start, tok.end);
        if (translitSeen.has(run.start)) continue;
        translitSeen.add(run.start);
        const name = text.slice(run.start, run.end);
        if (dict.places.has(name) || PLACE_FINAL.has(name.at(-1)!)) continue;
        // A transliteration by a fixture (曼联vs切尔西, 做客, 主场) names a club.
        const context = text.slice(Math.max(0, run.start - 6), run.end + 6);
        if (TEAM_CONTEXT.test(context)) out.push({ kind: 'organization', start: run.start, end: run.end, name, subtype: 'other', priority: 2, by: this.name });
        else push(run, false);
        continue;
      }
      if (!/^(?:nr|nrfg|x)$/.test(tok.tag)) continue;
      const s = chineseNameAt(text, tok.start, dict, tokens);
      // jieba may glue a particle to the name (哈文则, 朱琦已): the name may end one character early.
      if (!s || (s.end !== tok.end && !(s.end === tok.end - 1 && NON_FINAL.has(text[s.end]!)))) continue;
      // jieba's dictionary tags many common words nr (高峰, 阳光, 明星): a two-character dictionary word needs a person's context.
      // A two-character word jieba guessed (平半, 初盘) is a name only where people act or are listed.
      // A guessed word opening a clause and followed by a predicate is its subject (游康几年前就…).
      const next = tokens.startingAt(tok.end);
      const subject = tok.tag === 'x' && /^(?:[，。！？：；、（“\n]|)$/u.test(text.slice(Math.max(0, tok.start - 1), tok.start)) && /^(?:v|d|p|c|t|m|f)$/.test(next?.tag ?? '') && !SPORTS.test(ctx.sentenceAt(tok.start)?.text ?? '');
      if (tok.word.length === 2 && tok.tag !== 'nrfg' && (isDictionaryWord(tok.word) || tok.tag === 'x') && !PERSON_CONTEXT.test(text.slice(tok.end, tok.end + 3)) && !subject
        && !(tok.tag === 'x' && LIST_CONTEXT.test(text.slice(Math.max(0, tok.start - 1), tok.start) + '|' + text.slice(tok.end, tok.end + 1)))) continue;
      push(s, false);
    }
    // 丹尼斯·霍珀: transliterated given and family names joined by a middle dot, read token by token each way.
    for (const m of text.matchAll(/(?<=\p{Script=Han})[·•](?=\p{Script=Han})/gu)) {
      const dot = m.index;
      if (named.overlaps(dot, dot + 1)) continue;
      let start = dot;
      for (let tok = tokens.endingAt(dot); tok && dot - tok.start <= 5 && isNamePart(tok, dict); tok = tokens.endingAt(tok.start)) start = tok.start;
      const after = foreignNameAt(text, dot + 1, tokens, dict);
      if (start < dot && after) push({ start, end: after.end }, false);
    }
    // 火来胜先生, 张兰女士.
    for (const m of text.matchAll(/([\p{Script=Han}]{2,3})(?:先生|女士|教授|博士|老师|律师|医生)/gu)) {
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
    return out;
  },
};

/** Characters that spell foreign names in Chinese (阿, 拉, 斯, 特 …). */
const TRANSLIT = new Set([...'阿埃艾安奥巴贝本比彼波伯博布达德迪蒂杜多厄尔法菲费芬弗福盖戈格古哈汉豪赫霍基吉加杰金卡凯坎考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米明莫姆穆纳娜奈内尼妮纽诺欧帕佩皮珀普齐奇恰乔切萨塞桑森沙圣施舍史斯松苏索塔泰坦汤唐特提图托瓦威韦维温沃乌西希夏谢辛休雅亚扬耶伊因尤约泽扎詹兹伍']);

/** Extends [start, end) over neighbouring transliteration characters (加+拉塔+萨雷 → 加拉塔萨雷). */
function transliterationRun(text: string, start: number, end: number): NameSpan {
  let s = start;
  let e = end;
  while (s > 0 && TRANSLIT.has(text[s - 1]!) && start - s < 4) s--;
  while (e < text.length && TRANSLIT.has(text[e]!) && e - end < 4) e++;
  // 索尔-坎贝尔: two transliterations joined by a hyphen are one name.
  if (text[e] === '-' && TRANSLIT.has(text[e + 1] ?? '')) { e++; while (e < text.length && TRANSLIT.has(text[e]!) && e - end < 10) e++; }
  if (text[s - 1] === '-' && TRANSLIT.has(text[s - 2] ?? '')) { s--; while (s > 0 && TRANSLIT.has(text[s - 1]!) && start - s < 10) s--; }
  return { start: s, end: e };
}

function kindToSubtype(kind: string | undefined): string | undefined {
  return kind === 'government' || kind === 'party' || kind === 'association' || kind === 'business' || kind === 'media' || kind === 'foreign' ? kind : undefined;
}

/** The name that ends at `end` (right before a title or predicate), if the text there reads as one. */
function nameBefore(ctx: RecognizerContext, end: number, tokens: TokenIndex): NameSpan | undefined {
  const { text, dictionary: dict } = ctx;
  // Chinese: a surname two or three characters back, at a token boundary.
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const s = chineseNameAt(text, start, dict, tokens);
    if (s && s.end === end && (ctx.tokenStartingAt.has(start) || ctx.tokenEndingAt.has(start))) {
      const prev = text[start - 1];
      if (prev === undefined || NAME_BREAK.has(prev) || ctx.tokenEndingAt.has(start)) return s;
    }
  }
  // Foreign: the tokens before, back to a break.
  let start = end;
  let tok = tokens.endingAt(end);
  while (tok && end - tok.start <= 10 && FOREIGN_NAME_CHARS.test(tok.word) && !VERBISH.has(tok.word) && !dict.notNames.has(tok.word)
    && !dict.titleKind.has(tok.word) && !dict.places.has(tok.word) && /^(?:nr|nrt|nrfg|x|ns|n|nz)$/.test(tok.tag)) {
    start = tok.start;
    tok = tokens.endingAt(start);
  }
  // jieba sometimes glues a preposition to the name (同瓦/塔拉).
  if (FUNCTION_CHARS.has(text[start] ?? '') && end - start >= 3) start++;
  if (end - start >= 2 && end - start <= 8 && /^(?:nr|x|nrt|nrfg)/.test(tokens.startingAt(start)?.tag ?? tokens.endingAt(end)?.tag ?? '')) return { start, end };
  return undefined;
}
