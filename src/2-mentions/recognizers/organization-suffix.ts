import { longestSuffix } from '../../dictionary/compile.js';
import type { Token } from '../../types.js';
import { extendLeft } from '../phrase.js';
import { SpanIndex } from '../span-index.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';

/** A place candidate naming a country other than China. */
const isForeignCountry = (place: Candidate | undefined): boolean => place?.subtype === 'country' && !/^中国|^中华/.test(place.name);
/** A foreign country's government body or broadcaster is foreign_government / foreign_media. */
const foreignSubtype = (subtype: string, foreign: boolean): string =>
  !foreign ? subtype : subtype === 'government' ? 'foreign_government' : subtype === 'broadcaster' ? 'foreign_media' : subtype;
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'eng', 'j']);
const isNameChar = (s: string) => /^[\p{Script=Han}A-Za-z0-9·\-+&]+$/u.test(s);

/** The committee's own short name that its departments are named after (中共辽宁省委 → 中共辽宁省委组织部). */
function departmentPrefix(dict: RecognizerContext['dictionary'], parent: string): string {
  const entry = dict.organizationByName.get(parent);
  const party = [parent, ...(entry?.aliases ?? [])].filter((n) => /^中共.+委$/u.test(n)).sort((a, b) => a.length - b.length)[0];
  return party ?? parent;
}

/**
 * A department or committee right after 、 in a title chain that began with its parent (辽宁省委常委、组织部部长,
 * 全国政协常委、文化文史和学习委员会副主任): it is the parent's own.
 */
function unitAfterTitleChain(ctx: RecognizerContext, known: SpanIndex<Candidate>, titles: SpanIndex<Candidate>, start: number, end: number): Candidate | undefined {
  const { text, dictionary: dict } = ctx;
  if (text[start - 1] !== '、' || !titles.startingAt(end).length) return undefined;
  const title = titles.endingAt(start - 1)[0];
  const parent = title && known.endingAt(title.start)[0];
  const word = text.slice(start, end);
  // Only the departments and committees of a party committee, a people's congress or a political consultative
  // conference are written this way; a body in its own right (外交部) is not one.
  if (!parent || !/^(?:中国共产党|中共)|政协|人大/u.test(parent.name) || dict.organizationBySurface.has(word)) return undefined;
  return { kind: 'organization', start, end, name: departmentPrefix(dict, parent.name) + word, subtype: 'government', parent: parent.name, priority: 12, by: 'organization-suffix' };
}

/**
 * Kinds of organization whose name may be a word jieba has to guess before the ending (云帆科技有限公司,
 * 星澜研究院): companies, research and education. Not government bodies or channels: an unknown word
 * before 局 or 频道 is more often a slip of the cut (精简|精办|频道) than a name.
 */
const BRANDED = new Set(['company', 'research', 'education']);


/** Tags of the common words a brand may be made of (浩瀚/a, 晨曦/n, 星光/n). */
const WEAK_CORE_TAGS = new Set(['n', 'a', 'an', 'nz', 'ng', 'vn', 'x']);

/**
 * A name of common words before a company's or institute's ending (浩瀚影业, 晨曦研究院) is a body when
 * the sentence puts it beside one (浩瀚影业与白鹭科技有限公司, …和浩瀚影业), names one of its organs or
 * holdings (鲸鱼影业董事会, …旗下) or cites it as a source (据晨曦研究院发布 / 统计 / 数据).
 */
function treatedAsBody(ctx: RecognizerContext, c: Candidate, known: SpanIndex<Candidate>, found: SpanIndex<Candidate>): boolean {
  const { text } = ctx;
  const orgStartsAt = (at: number) => known.startingAt(at).length > 0 || found.startingAt(at).length > 0;
  const orgEndsAt = (at: number) => known.endingAt(at).length > 0 || found.endingAt(at).length > 0;
  if (COORDINATOR.has(text[c.end] ?? '') && orgStartsAt(c.end + 1)) return true;
  if (COORDINATOR.has(text[c.start - 1] ?? '') && orgEndsAt(c.start - 1)) return true;
  const after = text.slice(c.end, c.end + 4);
  return ctx.dictionary.bodyWordAfter.test(after) || (text[c.start - 1] === '据' && ctx.dictionary.sourceVerb.test(after));
}

const COORDINATOR = new Set([...'与和同、']);


const ARMY = '军'.charCodeAt(0);

/**
 * Unseen organizations by their ending (…局, …委员会, …协会, …集团, …有限公司, …电视台, …研究院, …频道):
 * the suffix must start at a token boundary (so 格局 is not a 局), and the name extends left over name
 * words up to a function word, a predicate or punctuation. The part before the suffix must carry
 * something proper (a place, a known organization, a Latin word, a proper-noun tag) or be long enough
 * to be specific, or be followed by a title (手机部总裁).
 */
export const organizationSuffix: Recognizer = {
  name: 'organization-suffix',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, tokens, dictionary: dict } = ctx;
    const out: Candidate[] = [];
    const known = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization' && !c.shortForm));
    const places = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'place'));
    const titleList = ctx.candidates.filter((c) => c.kind === 'title');
    const titles = new SpanIndex(titleList);
    const weak: Candidate[] = [];
    const coveringKnown = (start: number, end: number) => { for (let at = Math.max(0, start - 30); at <= start; at++) if (known.startingAt(at).some((c) => c.end >= end)) return true; return false; };
    for (let ti = 0; ti < tokens.length; ti++) {
      const tok = tokens[ti]!;
      const end = tok.end;
      const suffix = longestSuffix(text, dict.organizationSuffixes, 8, end);
      if (!suffix) continue;
      // 北京影视产业, 湖南传媒行业: the ending opens a longer noun (an industry, a market), not a name.
      if (dict.fieldNouns.has(tokens[ti + 1]?.word ?? '') && tokens[ti + 1]!.start === end) continue;
      // 辽宁省委常委、组织部部长: a department named after its committee's title belongs to that committee.
      if (text[tok.start - 1] === '、' && tok.word.length <= 4 && tok.word.endsWith(suffix.cue)) {
        const unit = unitAfterTitleChain(ctx, known, titles, tok.start, end);
        if (unit) { out.push(unit); continue; }
      }
      // jieba knows some organizations whole (新东方教育科技集团有限公司/nt).
      if (tok.tag === 'nt' && tok.word.length > suffix.cue.length + 1 && !ctx.tokenStartingAt.has(end - suffix.cue.length)) {
        const start = extendLeft(ctx, tok.start);
        // 美国教育部: a country before a Chinese ministry's name makes it that country's ministry.
        const country = places.within(start, tok.start).find(isForeignCountry);
        if (country && start < tok.start) {
          out.push({ kind: 'organization', start, end, name: text.slice(start, end), subtype: suffix.value === 'government' ? 'foreign_government' : suffix.value, priority: 11, by: this.name });
          continue;
        }
        if (!coveringKnown(tok.start, tok.end)) {
          const place = places.within(start, tok.start)[0];
          out.push({ kind: 'organization', start, end, name: text.slice(start, end), subtype: foreignSubtype(suffix.value, isForeignCountry(place)), priority: 6, by: this.name });
        }
        continue;
      }
      let suffixStart = end - suffix.cue.length;
      // A compound head word (产业协会, 通讯部) ends with the suffix: the whole word is the head.
      if (!ctx.tokenStartingAt.has(suffixStart)) {
        // 带队 (leads the team) is a predicate, not a team.
        if (tok.word.length > 4 || !/^(?:n|nt|nz|j|vn)$/.test(tok.tag) || !tok.word.endsWith(suffix.cue) || dict.titleKind.has(tok.word) || dict.generic.has(tok.word)
          || dict.predicates.has(tok.word) || dict.nameStopWords.has(tok.word)) continue;
        suffixStart = tok.start;
      }
      const named = extendLeft(ctx, suffixStart, { allowAnd: suffix.value === 'government' && suffix.cue !== '办', guessedHead: BRANDED.has(suffix.value) });
      // 、31频道: a channel named by its number alone (哈萨克斯坦7频道 has its name before the number).
      const number = named === suffixStart && suffix.cue === '频道' ? tokens[ctx.tokenEndingAt.get(suffixStart) ?? -1] : undefined;
      const start = number && /^\d{1,3}$/.test(number.word) && !/[\d.]/.test(text[number.start - 1] ?? '') ? number.start : named;
      const k = ctx.tokenStartingAt.get(start)! - 1;
      // 全国政协常委、文化文史和学习委员会副主任: a committee named after its parent's title, whatever its words.
      // Look back at most 13 characters (never to the start of the text: that is quadratic on a text without 、).
      let listed = -1;
      for (let i = suffixStart - 1; i >= Math.max(0, suffixStart - 13) && listed < 0; i--) if (text[i] === '、') listed = i;
      // 天津市委宣传部部长、宜昌传媒集团总经理: a name with a place of its own is an organization of its own, and
      // so is one of the place's own level (省委宣传部副部长、省广播电视局局长), unless it is its committee (省委…).
      const listedName = text.slice(listed + 1, suffixStart);
      if (listed >= 0 && /^\p{Script=Han}+$/u.test(listedName) && places.within(listed + 1, suffixStart).length === 0 && !dict.ownPlaceLevel.test(listedName)) {
        const unit = unitAfterTitleChain(ctx, known, titles, listed + 1, end);
        if (unit) { out.push(unit); continue; }
      }
      if (start === suffixStart) continue;
      const name = text.slice(start, end);
      // 省广播电视局: a short form of the dictionary is read there, as the body of the document's place.
      if (dict.shortForms.has(name.toLowerCase())) continue;
      const core = text.slice(start, suffixStart);
      if (dict.generic.has(name) || dict.genericModifier.test(core) || /^[\d.]+$/.test(core) && !/频道|台$/.test(suffix.cue)) continue;
      const coreTokens = tokens.slice(k + 1, ctx.tokenStartingAt.get(suffixStart)!);
      const knownInside = known.startingAt(start).find((c) => c.end <= suffixStart) ?? known.within(start, suffixStart)[0];
      const placeInside = places.within(start, suffixStart)[0];
      // A word jieba had to guess (星展银行, 美联银行) is a name it does not know: before a company's ending, a brand.
      const guessedBrand = BRANDED.has(suffix.value) && coreTokens.some((t: Token) => t.tag === 'x' && t.word.length >= 2 && /^\p{Script=Han}+$/u.test(t.word));
      const proper = coreTokens.some((t: Token) => PROPER_TAGS.has(t.tag) && isNameChar(t.word)) || /[A-Za-z0-9]/.test(core) || guessedBrand;
      const titled = titles.startingAt(end).length > 0;
      // A unit named right after its parent (中国网络视听协会 对外合作部) or being set up (成立人工智能办公室).
      const parentBefore = known.endingAt(start)[0] ?? (text[start - 1] === ' ' ? known.endingAt(start - 1)[0] : undefined);
      const founded = /(?:成立|设立|组建|新设|挂牌)$/u.test(text.slice(Math.max(0, start - 2), start));
      if (!(knownInside || placeInside || proper || titled || parentBefore || founded)) {
        // 浩瀚影业, 晨曦研究院: a brand that is a common word; kept if the sentence treats it as a body (below).
        if (BRANDED.has(suffix.value) && core.length >= 2 && coreTokens.length <= 2 && coreTokens.every((t: Token) => WEAK_CORE_TAGS.has(t.tag) && !dict.generic.has(t.word) && !dict.fieldNouns.has(t.word)))
          weak.push({ kind: 'organization', start, end, name, subtype: suffix.value, priority: 5, by: this.name });
        continue;
      }
      let subtype = foreignSubtype(suffix.value, isForeignCountry(placeInside));
      if (knownInside && knownInside.start === start && knownInside.subtype && subtype === 'government' && knownInside.subtype !== 'government') subtype = knownInside.subtype;
      out.push({
        kind: 'organization', start, end, name, subtype,
        parent: knownInside && knownInside.start === start ? knownInside.name : parentBefore?.name,
        priority: knownInside ? 11 : 6, by: this.name,
        ...(!knownInside && !placeInside && !proper && !parentBefore && dict.unitSuffixes.has(suffix.cue) ? { unit: true } : {}),
      });
    }
    // By offset, not by scanning `out` for each: a text of many such names stays linear.
    const found = new SpanIndex(weak.length ? out : []);
    for (const c of weak) {
      if (!treatedAsBody(ctx, c, known, found)) continue;
      out.push(c);
      found.add(c);
    }
    // 美军, 日军: a country's one-character form before 军 names its armed forces.
    for (const tok of tokens) {
      if (tok.word.length !== 2 || tok.word.charCodeAt(1) !== ARMY || /^[事人官费区团长歌迷]/u.test(text[tok.end] ?? '')) continue;
      const country = dict.countryByAbbreviation.get(tok.word[0]!);
      if (!country || (text[tok.start - 1] && dict.countryByAbbreviation.has(text[tok.start - 1]!))) continue;
      out.push({ kind: 'organization', start: tok.start, end: tok.end, name: tok.word, subtype: country.name === '中国' ? 'government' : 'foreign_government', priority: 6, by: this.name });
    }
    // 科特迪瓦通讯部长: the organization's 部 is also the first character of the title 部长.
    for (const title of titleList) {
      if (title.end - title.start !== 2) continue;
      const head = text[title.start]!;
      if (!/[部局司厅署委]/u.test(head) || !dict.organizationSuffixes.has(head) || text[title.start - 1] === head) continue;
      if (known.endingAt(title.start).length || known.endingAt(title.start + 1).length) continue;
      const start = extendLeft(ctx, title.start);
      if (start >= title.start) continue;
      const place = places.within(start, title.start)[0];
      if (!place && !known.within(start, title.start).length) continue;
      out.push({ kind: 'organization', start, end: title.start + 1, name: text.slice(start, title.start + 1), subtype: isForeignCountry(place) ? 'foreign_government' : dict.organizationSuffixes.get(head)!, priority: 6, by: this.name });
    }
    return out;
  },
};
