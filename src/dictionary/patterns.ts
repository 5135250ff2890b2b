import { alternation, charClass, escapeRegExp } from './alternation.js';
import type { DictionaryData } from './schema.js';

/**
 * The patterns that compose a list with more than a start or an end: what may precede or follow
 * its words. Each is compiled once per dictionary (compileDictionary), never per document.
 */

/** A date news puts between a name and a predicate: 于2019年, 自2020年3月起, 2018年. */
const DATE_BEFORE_PREDICATE = '(?:于|自|从|在)?\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:起|以来)?';

/** Qualifiers, then the form of state: (?:人民|民主…)*(?:共和国|王国…); matches nothing without forms. */
function stateTailPattern(data: DictionaryData): string {
  const qualifiers = alternation(data.stateQualifiers, 'u').source;
  return `${data.stateQualifiers.length ? `${qualifiers}*` : ''}${alternation(data.stateForms, 'u').source}`;
}

export interface ComposedPatterns {
  /** A string opening with a level of place (省, 市, 自治区) that is not its party committee (省委); not global. */
  ownPlaceLevel: RegExp;
  /** What marks the words before a head word as a name: a digit, Latin letters, quotes, an edition (第十三届, 十三届); not global. */
  nameMark: RegExp;
  /** The whole of what may stand before the first of two signing parties: nothing, a date (9月5日) or a signingTimeWord; not global. */
  signingOpening: RegExp;
  /** A string ending in a publisher's label at the start of a line (出品：); not global. */
  publisherLabel: RegExp;
  /** A source label and its colon or slash (来源：, 图/); group 1 is the rest of the line up to a bracket, bar or sentence mark; global. */
  sourceLabel: RegExp;
  /** An outlet opening a line's dateline (某某网讯 6月15日, 某某消息（记者…）), the outlet in group 1; global. */
  dateline: RegExp;
  /** The whole of what stands between an owner and its unit named after it (宣布成立, 及其全资子公司, 旗下的); not global. */
  ownsUnit: RegExp;
  /** The whole of what stands between a unit and its owner named after it (是, 隶属于); not global. */
  belongsTo: RegExp;
  /** What follows a country in its formal name (人民民主共和国 of 老挝人民民主共和国), the whole string; not global. */
  stateTail: RegExp;
  /** The same tail anywhere in a name, to read 科特迪瓦共和国通讯部 as 科特迪瓦通讯部; global. */
  stateTailInside: RegExp;
  /** An appointment predicate after a name (X任…, X同志兼任…, X曾任…), longest first; not global. */
  appointment: RegExp;
  /** One adverb or date that may stand between a name and its appointment predicate (已, 正式, 于2019年); not global. */
  appointmentGap: RegExp;
  /** All that stands between an organization and the clause it announces: ，/：after an announcement verb, an adverb or a time before it (近日宣布，); not global. */
  announces: RegExp;
  /** All that stands between a platform and the title of a work it alone carries: an exclusive word, then 剧 or a work cue (独播剧, 自制综艺); not global. */
  exclusiveTitle: RegExp;
  /** A string ending in a verb that issues a document (印发, 出台了); not global. */
  documentVerbBefore: RegExp;
  /** A string starting with a verb that issues or enforces a document ((正式)实施); not global. */
  documentVerbAfter: RegExp;
  /** One pattern per relation type matching its verbs, longest first. */
  relationVerbs: Map<string, RegExp>;
  /** The start of a line that opens a paragraph: a date, an opening word (近日, 据), a bullet, a numbered item; not global. */
  paragraphOpener: RegExp;
  /** A whole word of a year or an edition, at the front of an event or document name (2024年, 第十三届, 第三季度); not global. */
  yearish: RegExp;
  /** What may stand between the second party of a joint act and its verb: a venue, an adverb (在北京正式|签署); not global. */
  beforeJointAct: RegExp;
  /** The titles, 等, a count and its measure word after a title, then (group 1) up to six Han characters where a work cue starts (《…》等18个|广播节目); not global. */
  workCountAfter: RegExp;
  /** All that may stand between a subject and its verb: a bracket, a count of parties, adverbs of time and manner, a place; not global. */
  subjectGap: RegExp;
  /** All that may join organizations acting together: coordination, or an adverb and 与 (A将与B开展合作); not global. */
  joinedParties: RegExp;
  /** A unit of the subject between it and its verb (湖南卫视的其他剧场也曾播出: 的其他剧场); not global. */
  subjectUnit: RegExp;
  /** A year or an edition at the start of an event's name (2025年, 第十届), before its organizer; not global. */
  editionLead: RegExp;
  /**
   * Congresses and plenary sessions named as such: (党的)十九届三中全会, 党的二十大 (not 党的二十大会…), and the
   * congressNames (全国两会); global.
   */
  congress: RegExp;
  /** What may stand between a list of quoted programmes and their shared head word: 等, a count (等多项, 两大); not global. */
  programmeCount: RegExp;
}

/** Compiles the composed patterns of `data`. */
export function composePatterns(data: DictionaryData): ComposedPatterns {
  const stateTail = stateTailPattern(data);
  const workCues = data.workCues.map((c) => escapeRegExp(c.cue)).join('|') || '(?!)';
  return {
    stateTail: new RegExp(`^${stateTail}$`, 'u'),
    stateTailInside: new RegExp(stateTail, 'gu'),
    appointment: alternation(data.appointmentVerbs, 'u', '(?:同志)?'),
    appointmentGap: alternation(data.appointmentAdverbs, 'u', `(?:${DATE_BEFORE_PREDICATE}|`, ')'),
    announces: alternation(data.announcementVerbs, 'u', '^(?:近日|日前|今天|今日|昨天|昨日|正式|也|还)?', '[，,：:]$'),
    exclusiveTitle: alternation(data.exclusiveWords, 'u', '^', `(?:剧|${workCues})?$`),
    documentVerbBefore: alternation(data.documentVerbsBefore, 'u', '', '了?$'),
    documentVerbAfter: alternation(data.documentVerbsAfter, 'u', '^(?:正式)?'),
    relationVerbs: new Map(Object.entries(data.relationVerbs).map(([type, verbs]) => [type, alternation(verbs ?? [])])),
    ...namePatterns(data),
    ...clausePatterns(data),
    ...ownershipPatterns(data),
    // 省委 is the province's party committee, not a body of the province's own level.
    ownPlaceLevel: alternation(data.placeLevels, 'u', '^', '(?!委)'),
    nameMark: new RegExp(`\\d|[A-Za-z]|[“”《》]|第.+[届次]|[${charClass(data.numeralChars)}]+届`, 'u'),
    signingOpening: alternation(data.signingTimeWords, 'u', '^(?:\\d{1,2}月\\d{1,2}日|', ')?$'),
    publisherLabel: alternation(data.publisherLabels, 'u', '(?:^|\\n)', '\\s*[：:]\\s*$'),
    sourceLabel: alternation(data.sourceLabels, 'gu', '(?:^|[\\s|｜(（【\\[])', '\\s*[:：/／]\\s*([^\\s|｜()（）【】\\[\\]，。,;；！？、]+)'),
    dateline: alternation(data.datelineWords, 'gu', '(?:^|\\n)[ \\t]*([\\p{Script=Han}A-Za-z]{2,10}?)', '(?=[ \\t(（]|\\d)'),
  };
}

/** part_of's patterns: owner then unit (X宣布成立Y, X旗下的Y), unit then owner (Y隶属于X, Y是X旗下的…). */
function ownershipPatterns(data: DictionaryData): Pick<ComposedPatterns, 'ownsUnit' | 'belongsTo'> {
  const founding = `${alternation(data.foundingAdverbs, 'u').source}*${alternation(data.foundingVerbs, 'u').source}了?`;
  return {
    ownsUnit: alternation(data.subsidiaryWords, 'u', `^(?:${founding}|`, ')$'),
    belongsTo: alternation(data.belongingVerbs, 'u', '^', '$'),
  };
}

/** The group of `words`, longest first, as pattern text ((?:…), matching nothing when empty). */
const anyOf = (words: readonly string[]): string => alternation(words, '').source;

/** Patterns of what stands around and inside a name: a paragraph's start, a year at a name's front, a count after titles. */
function namePatterns(data: DictionaryData): Pick<ComposedPatterns, 'paragraphOpener' | 'yearish' | 'workCountAfter' | 'editionLead' | 'congress' | 'programmeCount'> {
  const ordinals = charClass(data.ordinalNumerals);
  const numerals = charClass(data.numeralChars);
  return {
    programmeCount: new RegExp(`^等?(?:[多${charClass(data.partyCountNumerals)}\\d]+${anyOf(data.programmeCountMeasures)})?`, 'u'),
    congress: new RegExp(`(?:党的)?[${numerals}]+届[${numerals}]中全会|党的[${numerals}]+大(?![会学厦])|${anyOf(data.congressNames)}`, 'gu'),
    paragraphOpener: new RegExp(`^(?:\\d{1,4}\\s*[年月日]|${anyOf(data.paragraphOpeners)}|[-•◆●■]|\\d+[.、．])`),
    yearish: new RegExp(`^(?:\\d{2,4}年?度?|第[${ordinals}\\d]+|第[${charClass(data.editionNumerals)}\\d]+${anyOf(data.editionUnits)}|\\d+(?:\\.\\d+)?|[${ordinals}]+届)$`, 'u'),
    workCountAfter: new RegExp(`^(?:《[^》]*》)*等?[\\d${charClass(data.workCountNumerals)}]*[${charClass(data.workMeasureWords)}]*([\\p{Script=Han}]{1,6})`, 'u'),
    editionLead: new RegExp(`^(?:\\d{4}年?|第[${charClass(data.eventEditionNumerals)}\\d]+届)`, 'u'),
  };
}

/** Patterns of what stands between the parties of a clause and its verb. */
function clausePatterns(data: DictionaryData): Pick<ComposedPatterns, 'beforeJointAct' | 'subjectGap' | 'joinedParties' | 'subjectUnit'> {
  const count = `(?:等?[${charClass(data.partyCountNumerals)}\\d]*${anyOf(data.partyCountMeasures)}?${anyOf(data.partyWords)}?)?`;
  const place = '于[^，。；]{0,14}?|在[^，。；]{0,14}?|面向[^，。；]{0,10}?';
  // A date news puts right after the subject (协会3月26日在成都发布, 总局2024年初出台): each part a step of the gap.
  const date = '\\d{4}年(?:初|底|末)?|\\d{1,2}月(?:初|底|末|[上中下]旬)?|\\d{1,2}日';
  return {
    beforeJointAct: new RegExp(`^(?:在[^，。；、]{1,10}?)?${anyOf(data.jointActAdverbs)}?(?=${anyOf(data.jointActVerbs)})`, 'u'),
    subjectGap: new RegExp(`^(?:[（(][^）)]{0,20}[）)])?${count}(?:${anyOf(data.subjectGapWords)}|${date}|${place})*$`, 'u'),
    // An aside may follow the first party (A（下称“甲”）与B), and adverbs stand in any number (A就宣布与B合作).
    joinedParties: new RegExp(`^(?:[（(][^）)]{0,20}[）)])?(?:、|及|以及| |${anyOf(data.jointAdverbs)}*${anyOf(data.jointConjunctions)}|)$`, 'u'),
    // At most two characters (其他, 旗下) between 的 and the unit's noun.
    subjectUnit: new RegExp(`^的\\p{Script=Han}{0,2}?${anyOf(data.subjectUnitNouns)}`, 'u'),
  };
}
