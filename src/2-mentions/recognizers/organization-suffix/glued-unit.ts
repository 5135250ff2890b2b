import type { Token } from '../../../types.js';
import type { Candidate } from '../../recognizer.js';
import type { SuffixContext } from './context.js';

/** Tags of the words that may stand between a parent and its unit's ending (社会|组织|管理局, 传播|内容|认知|重点实验室). */
const UNIT_WORD_TAGS = /^(?:n|nz|vn|v|a|an|b|j|l|i)$/;
/** The most characters of the unit's own words before its ending (监听监看, 传播内容认知全国重点). */
const MAX_UNIT_WORDS = 10;

/**
 * Whether `t` may be one of a unit's own words: Han, no predicate or title. A word that elsewhere ends a
 * name on its left or names a field or nothing in particular (组织, 内容, 全国) only when `titled`: the unit
 * is given a title right after it (社会组织管理局局长, 传播内容认知全国重点实验室主任).
 */
function unitWord(sc: SuffixContext, t: Token, titled: boolean): boolean {
  const dict = sc.ctx.dictionary;
  if (!/^\p{Script=Han}+$/u.test(t.word) || !UNIT_WORD_TAGS.test(t.tag) || dict.predicates.has(t.word) || dict.titleKind.has(t.word) || dict.notNames.has(t.word)) return false;
  return titled || !(dict.nameStopWords.has(t.word) || dict.generic.has(t.word) || dict.fieldNouns.has(t.word));
}

/**
 * An organization ending at `at`: known before, or found earlier in this scan by its ending, but not a
 * company's ending (AI影视|表达工作室: a name of common words before 影视 or 传媒 is too often no body).
 */
const organizationEndingAt = (sc: SuffixContext, at: number): Candidate | undefined =>
  sc.known.endingAt(at)[0] ?? sc.found.endingAt(at).find((c) => c.kind === 'organization' && c.subtype !== 'company');

/**
 * The organization a unit is glued to: 山西省民政厅社会组织管理局, 人民日报社传播内容认知全国重点实验室,
 * 湖北省广播电视局网络视听节目管理处. From `from` (where the unit's words begin) back over at most
 * MAX_UNIT_WORDS characters of common words (no punctuation, space, function word, predicate, title,
 * name of a person or number; see unitWord) to the end of an organization; none when something else
 * stands between. The unit ends at `end`.
 */
export function gluedParent(sc: SuffixContext, from: number, end: number): Candidate | undefined {
  const { tokens, tokenEndingAt } = sc.ctx;
  const titled = sc.titles.startingAt(end).length > 0;
  let at = from;
  while (from - at <= MAX_UNIT_WORDS) {
    const parent = organizationEndingAt(sc, at);
    if (parent) return parent.start < at ? parent : undefined;
    const k = tokenEndingAt.get(at);
    if (k === undefined || !unitWord(sc, tokens[k]!, titled)) return undefined;
    at = tokens[k]!.start;
  }
  return undefined;
}

/**
 * The unit ending at `end` glued to its parent before `from` (see gluedParent), named as the text wrote
 * them together, with the parent's mention kept; its kind is its ending's, or its parent's for a 中心.
 */
export function gluedUnit(sc: SuffixContext, from: number, end: number, suffix: { value: string }): Candidate | undefined {
  const glued = gluedParent(sc, from, end);
  if (!glued) return undefined;
  const subtype = suffix.value === 'other' ? glued.subtype ?? suffix.value : suffix.value;
  return { kind: 'organization', start: glued.start, end, name: sc.ctx.text.slice(glued.start, end), subtype, parent: glued.name, parentMention: glued, priority: 11, by: sc.by };
}

const lastUnits = new WeakMap<readonly string[], Set<number>>();

/** The last UTF-16 units of a dictionary's endings (once per list). */
function lastUnitsOf(endings: readonly string[]): Set<number> {
  let units = lastUnits.get(endings);
  if (!units) lastUnits.set(endings, (units = new Set(endings.filter((c) => c !== '').map((c) => c.charCodeAt(c.length - 1)))));
  return units;
}

/**
 * A unit whose ending never names a body alone (gluedUnitSuffixes: 处, 系, 组), ending with token `tok`, when
 * it is glued to its parent (湖北省广播电视局网络视听节目管理处, 北京大学中文系, 青川省广播电视局电视剧|处): the
 * ending ends a word at least two characters longer (管理处, 中文系; not 好处, 体系), or stands as a word of
 * its own after at least one of the unit's words (电视剧|处).
 */
export function unitByGluedEnding(sc: SuffixContext, tok: Token): Candidate | undefined {
  // Asked for every token without an organization suffix: most end in no ending's last character at all.
  if (!lastUnitsOf(sc.ctx.dictionary.gluedUnitSuffixes).has(tok.word.charCodeAt(tok.word.length - 1))) return undefined;
  let cue = '';
  for (const c of sc.ctx.dictionary.gluedUnitSuffixes) if (c.length > cue.length && tok.word.endsWith(c)) cue = c;
  if (!cue || (tok.word !== cue && tok.word.length < cue.length + 2)) return undefined;
  const unit = gluedUnit(sc, tok.start, tok.end, { value: 'other' });
  return unit && (tok.word !== cue || unit.parentMention!.end < tok.start) ? unit : undefined;
}
