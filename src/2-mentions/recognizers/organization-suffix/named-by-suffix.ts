import type { Token } from '../../../types.js';
import { extendLeft } from '../../phrase.js';
import type { Candidate } from '../../recognizer.js';
import { BRANDED, foreignSubtype, isForeignCountry, type SuffixContext } from './context.js';
import { isCommonWordBrand } from './common-word-brands.js';
import { gluedUnit } from './glued-unit.js';
import { afterJoinedUnit, pairedUnit, titledAfter } from './titled-after.js';

const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'eng', 'j']);
const isNameChar = (s: string) => /^[\p{Script=Han}A-Za-z0-9·\-+&]+$/u.test(s);

/**
 * Where the head word of the name ending in `tok` starts: at the ending when a token starts there; else,
 * for a compound head word that ends with the suffix (产业协会, 通讯部), at the token, when it is a noun of at
 * most 4 characters and no title, generic word, predicate or stop word (带队, leads the team, is no team).
 */
export function headStart(sc: SuffixContext, tok: Token, cue: string): number | undefined {
  const { dictionary: dict } = sc.ctx;
  const suffixStart = tok.end - cue.length;
  if (sc.ctx.tokenStartingAt.has(suffixStart)) return suffixStart;
  if (tok.word.length > 4 || !/^(?:n|nt|nz|j|vn)$/.test(tok.tag) || !tok.word.endsWith(cue) || dict.titleKind.has(tok.word) || dict.generic.has(tok.word)
    || dict.predicates.has(tok.word) || dict.nameStopWords.has(tok.word)) return undefined;
  return tok.start;
}

/**
 * Where the name before the head word starts: over name words to the left; 、31频道: a channel named by its number alone
 * (哈萨克斯坦7频道 has its name before the number); 中国驻俄罗斯联邦大使馆: from the sending country.
 */
export function nameStart(sc: SuffixContext, suffixStart: number, suffix: { cue: string; value: string }): number {
  const { ctx } = sc;
  const named = extendLeft(ctx, suffixStart, { allowAnd: suffix.value === 'government' && suffix.cue !== '办', guessedHead: BRANDED.has(suffix.value) });
  const number = named === suffixStart && suffix.cue === '频道' ? ctx.tokens[ctx.tokenEndingAt.get(suffixStart) ?? -1] : undefined;
  if (number && /^\d{1,3}$/.test(number.word) && !/[\d.]/.test(ctx.text[number.start - 1] ?? '')) return number.start;
  // 中国驻俄罗斯联邦大使馆: a mission abroad is named after the country that sends it, before 驻 and the host.
  const sender = ctx.text[named - 1] === '驻' && named < suffixStart ? sc.places.endingAt(named - 1).find((p) => p.subtype === 'country') : undefined;
  if (sender && sc.places.startingAt(named).some((p) => p.subtype === 'country')) return sender.start;
  return afterJoinedUnit(sc, named, suffixStart);
}

/**
 * A name ending in an organization suffix, from `start` (see nameStart) to `end`, its ending at `suffixStart`.
 * The words before the ending must carry something proper (a known organization, a place, a proper-noun
 * tag, a Latin letter or digit, a word jieba had to guess before a company's ending), or the name must be
 * followed by a title (手机部总裁), follow its parent, or be set up (成立人工智能办公室). A name of common words
 * that may be a brand goes to `brands`, to be kept if the sentence treats it as a body.
 */
export function namedBySuffix(sc: SuffixContext, start: number, suffixStart: number, end: number, suffix: { cue: string; value: string }, brands: Candidate[]): Candidate | undefined {
  const { ctx, known, places } = sc;
  const { text, tokens, dictionary: dict } = ctx;
  // 人民日报社融合传播创新实验室: no name words before the ending, but a unit's words glued to its parent.
  // 产品部和数据科学部的负责人: a unit of common words alone (one word, 产品部), when a title names its post and its pair's.
  if (start === suffixStart) return gluedUnit(sc, start, end, suffix) ?? pairedUnit(sc, start, end, suffix);
  const name = text.slice(start, end);
  // 省广播电视局: a short form of the dictionary is read there, as the body of the document's place.
  if (dict.shortForms.has(name.toLowerCase())) return undefined;
  const core = text.slice(start, suffixStart);
  // 各级广播电视台, 有关部门, 该公司; a number alone names only a channel or a station.
  if (dict.generic.has(name) || dict.genericModifier.test(core) || /^[\d.]+$/.test(core) && !/频道|台$/.test(suffix.cue)) return undefined;
  // 2024年Q1集团净盈利: a quarter or a half-year (Q1, H2) is a time, not a brand.
  if (/^\s*(?:Q[1-4]|H[12])\s*$/.test(core)) return undefined;
  const coreTokens = tokens.slice(ctx.tokenStartingAt.get(start)!, ctx.tokenStartingAt.get(suffixStart)!);
  const knownInside = known.startingAt(start).find((c) => c.end <= suffixStart) ?? known.within(start, suffixStart)[0];
  const placeInside = places.within(start, suffixStart)[0];
  // 国务院政府特殊津贴: a government body is no place, so its name before 政府 names no government of its own.
  if (knownInside && knownInside.start === start && knownInside.end === suffixStart && knownInside.subtype === 'government' && dict.regionalGovernmentEnding.test(suffix.cue)) return undefined;
  // A word jieba had to guess (星展银行, 美联银行) is a name it does not know: before a company's ending, a brand.
  const guessedBrand = BRANDED.has(suffix.value) && coreTokens.some((t: Token) => t.tag === 'x' && t.word.length >= 2 && /^\p{Script=Han}+$/u.test(t.word));
  const proper = coreTokens.some((t: Token) => PROPER_TAGS.has(t.tag) && isNameChar(t.word)) || /[A-Za-z0-9]/.test(core) || guessedBrand;
  // 山西省民政厅社会组织管理局: common words glued to the organization before them name its unit, parent and unit as one name.
  const glued = knownInside || placeInside || proper ? undefined : gluedUnit(sc, start, end, suffix);
  if (glued) return glued;
  const titled = titledAfter(sc, end);
  // A unit named right after its parent (中国网络视听协会 对外合作部) or being set up (成立人工智能办公室).
  const parentBefore = known.endingAt(start)[0] ?? (text[start - 1] === ' ' ? known.endingAt(start - 1)[0] : undefined);
  const founded = /(?:成立|设立|组建|新设|挂牌)$/u.test(text.slice(Math.max(0, start - 2), start));
  if (!(knownInside || placeInside || proper || titled || parentBefore || founded)) {
    // 浩瀚影业, 晨曦研究院: a brand that is a common word; kept if the sentence treats it as a body.
    if (isCommonWordBrand(sc, core, coreTokens, suffix.value)) brands.push({ kind: 'organization', start, end, name, subtype: suffix.value, priority: 5, by: sc.by });
    return undefined;
  }
  let subtype = foreignSubtype(suffix.value, isForeignCountry(placeInside));
  // A name opening with a known body takes the body's kind over the ending's (a company's 手机部 is no ministry).
  if (knownInside && knownInside.start === start && knownInside.subtype && subtype === 'government' && knownInside.subtype !== 'government') subtype = knownInside.subtype;
  return {
    kind: 'organization', start, end, name, subtype,
    parent: knownInside && knownInside.start === start ? knownInside.name : parentBefore?.name,
    priority: knownInside ? 11 : 6, by: sc.by,
    // 手机部, 国际业务部: a unit named by its function alone belongs to an organization the sentence names.
    ...(!knownInside && !placeInside && !proper && !parentBefore && dict.unitSuffixes.has(suffix.cue) ? { unit: true } : {}),
  };
}
