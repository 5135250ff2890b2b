import { z } from 'zod';
import { alternation, alternationInOrder } from './alternation.js';
import { term } from './term.js';
import { WordSet } from './word-set.js';

/**
 * The dictionary's plain lists, declared once: a row names the list (`key`, its field in the JSON
 * file and in DictionaryData), the file that holds it, what the rules read (`kind`) and why it exists
 * (`doc`). The zod field, the compiled field (named `compiled`, else `key`) and its type follow from
 * the row, so adding a list is one row here plus its data in dictionaries/.
 *
 * Lists with a compilation of their own (cues, organizations, titles, places, surnames, relationVerbs)
 * are written out in schema.ts and compile.ts; so may be any list, the old way.
 */

/** How a list is compiled, by kind. Word kinds take string[] (JSON: a list); `charSet` and `chars` take a string (JSON: one string of characters). */
const COMPILERS = {
  /** A Set of the words. */
  set: (words: readonly string[]) => new Set(words),
  /** A Set of the words that rejects most misses by their first character (read for every token). */
  wordSet: (words: readonly string[]) => new WordSet(words),
  /** A pattern of any of the words, longest first, matching at the start of a string; not global. */
  prefix: (words: readonly string[]) => alternation(words, 'u', '^'),
  /** The words in the list's own order (its order of preference), at the start of a string; not global. */
  prefixInOrder: (words: readonly string[]) => alternationInOrder(words, 'u', '^'),
  /** The same as `prefix`, at the end of a string; not global. */
  suffix: (words: readonly string[]) => alternation(words, 'u', '', '$'),
  /** The same, anywhere in a string; not global. */
  alternation: (words: readonly string[]) => alternation(words, 'u'),
  /** The same, global: to find every occurrence. */
  scan: (words: readonly string[]) => alternation(words, 'gu'),
  /** The words as they are, for a pattern that composes them (see patterns/). */
  list: (words: readonly string[]): readonly string[] => words,
  /** A Set of the characters of the string. */
  charSet: (chars: string) => new Set(chars),
  /** The string as it is, for a pattern that composes it (a character class). */
  chars: (chars: string) => chars,
} as const;

export type ListKind = keyof typeof COMPILERS;
type CharKind = 'charSet' | 'chars';
export type ListFile = 'grammar' | 'names' | 'cues';

export interface ListRow {
  key: string;
  file: ListFile;
  kind: ListKind;
  doc: string;
  /** The compiled field's name when it is not `key` (teamWordsBefore → teamWordBefore). */
  compiled?: string;
}

export const LISTS = [
  // names.json
  { key: 'notNames', file: 'names', kind: 'set', doc: 'Words that look like names but are not (会见, 表示 …) and must never start or end a person name.' },
  { key: 'generic', file: 'names', kind: 'set', doc: 'Generic references that are never entities (有关部门, 各地 …).' },
  { key: 'japaneseSurnames', file: 'names', kind: 'set', doc: 'Japanese family names as Chinese writes them (佐藤, 铃木, 长谷川): a Japanese name is one of them and one or two given characters (佐藤健一), read where a title or a predicate shows a person.' },
  { key: 'foreignHonorifics', compiled: 'foreignHonorific', file: 'names', kind: 'prefix', doc: 'Honorifics of rank that stand between a title and a foreign name (台长拿督阿兹曼·哈希姆: Malaysian Dato\', Tan Sri, Tun): no part of the name.' },
  { key: 'roles', file: 'names', kind: 'wordSet', doc: 'Occupations and roles written before a name that are not positions (演员, 球员, 律师): the person is no official.' },
  { key: 'givenNameVerbChars', file: 'names', kind: 'charSet', doc: 'Characters common in given names that jieba\'s dictionary tags as verbs (立, 亮, 建 …), as one string: before a predicate they end a name (张华立出席).' },
  { key: 'givenNameTimeChars', file: 'names', kind: 'charSet', doc: 'Characters common in given names that jieba\'s dictionary tags as times (清, 秋 …), as one string: before a predicate they end a name (罗文清致辞) just as the verb characters do.' },
  { key: 'stateQualifiers', file: 'names', kind: 'list', doc: 'The words of a state\'s formal name after the country (老挝 + 人民民主 + 共和国): qualifiers, any number of them …' },
  { key: 'stateForms', file: 'names', kind: 'list', doc: '… then one form of state (共和国, 王国).' },
  // cues.json
  { key: 'unitSuffixes', file: 'cues', kind: 'set', doc: 'Organization endings that may name a unit inside an organization (手机部, 国际业务部, 办公室), not an organization in its own right.' },
  { key: 'vocabulary', file: 'cues', kind: 'list', doc: 'Domain words jieba should keep whole and read as nouns (视听, 微短剧, 大模型).' },
  { key: 'gluedUnitSuffixes', file: 'cues', kind: 'list', doc: 'Endings that name a unit only glued to its parent, never a body alone (湖北省广播电视局网络视听节目管理处, 北京大学中文系, …协会筹备组).' },
  { key: 'congressNames', file: 'cues', kind: 'list', doc: 'Congresses and standing sessions known by a name without an edition or a head word the event cues read (全国两会, 中央经济工作会议): events of subtype conference wherever they are named.' },
  { key: 'beforeChangeClauses', file: 'cues', kind: 'set', doc: 'Clauses that set what follows, to the end of the sentence, before the change a body\'s name went through (改革之前，…的领导班子包括：…): its names are the bodies of that time.' },
  // grammar.json
  { key: 'nameStopWords', file: 'grammar', kind: 'set', doc: 'Words that end a name on its left: function words and the predicates news puts before a name (的, 在, 召开).' },
  { key: 'predicates', file: 'grammar', kind: 'set', doc: 'Predicates and particles that never belong to a person\'s name (会见, 表示, 同志).' },
  { key: 'transliterationChars', compiled: 'transliteration', file: 'grammar', kind: 'charSet', doc: 'Characters that spell foreign names in Chinese (阿, 拉, 斯 …), as one string.' },
  { key: 'appointmentVerbs', file: 'grammar', kind: 'list', doc: 'Predicates after a name that give the person the post named after them (任, 兼任, 曾任 …).' },
  { key: 'formerPostVerbs', compiled: 'formerPost', file: 'grammar', kind: 'alternation', doc: 'Predicates of a post held no longer (曾任, 卸任, 辞去 …), and the adverbs that say so before a predicate (X此前任…): the holds_position is `former`.' },
  { key: 'appointmentAdverbs', file: 'grammar', kind: 'list', doc: 'Adverbs that may stand between a name and its appointment predicate (X已正式出任…, X将任…); a date may too (X于2019年任…).' },
  { key: 'tenureStartWords', compiled: 'tenureStart', file: 'grammar', kind: 'prefix', doc: 'Words right after a date that make it the start of a post (2019年起任…, 于2019年6月出任…, 2019年起，X任…): the holds_position gets `from`.' },
  { key: 'tenureEndWords', compiled: 'tenureEnd', file: 'grammar', kind: 'prefix', doc: 'Words right after a date that make it the end of a post (2023年卸任, 于2023年3月离任): the holds_position gets `to`.' },
  { key: 'tenureRangeJoints', compiled: 'tenureRange', file: 'grammar', kind: 'prefix', doc: 'What joins two dates into a term of office (2015年至2019年任…): the first is `from`, the second `to`.' },
  { key: 'appointingVerbs', compiled: 'appointing', file: 'grammar', kind: 'alternation', doc: 'Predicates of appointing someone, before the name: 任命X为…, 聘任X为….' },
  { key: 'capacityVerbs', compiled: 'capacity', file: 'grammar', kind: 'alternation', doc: 'Predicates after a name that give the post after them only with an organization named there (X作为星澜影业的总经理): alone they are too common (作为代表, 作为题材).' },
  { key: 'joiningVerbs', compiled: 'joining', file: 'grammar', kind: 'alternation', doc: 'Predicates of joining an organization (X加入星澜影业，担任总经理): a post given next, without its own organization, is at the one joined.' },
  { key: 'creditVerbs', file: 'grammar', kind: 'scan', doc: 'Verbs that credit a person with a part in a work (出品, 监制, 执导): the one named right before is credited by role.' },
  { key: 'sportsContext', file: 'grammar', kind: 'alternation', doc: 'Words of a match report or betting tip (主场, 联赛, 让球): in its sentences guessed words are jargon and clubs more often than people.' },
  { key: 'sportsStrongContext', file: 'grammar', kind: 'alternation', doc: 'The surest of those (vs, 英超, 盘口): in their sentences a foreign place or a transliterated name stands for a club.' },
  { key: 'teamContext', file: 'grammar', kind: 'alternation', doc: 'Words near a transliterated name that make it a team, not a person (对阵, 主场, 队).' },
  { key: 'teamWordsBefore', compiled: 'teamWordBefore', file: 'grammar', kind: 'suffix', doc: 'Words right before a club\'s name (击败X, 做客X, 加盟X).' },
  { key: 'teamWordsAfter', compiled: 'teamWordAfter', file: 'grammar', kind: 'prefix', doc: 'Words right after a club\'s name (X主场, X本赛季, X主帅).' },
  { key: 'notTeamSides', file: 'grammar', kind: 'set', doc: 'Words that are never a side of a fixture or a club: beside vs / 对阵 (本场, 比分; 对阵情况), or jieba-tagged as names in a match report (本赛季/nr).' },
  { key: 'titlesAfterName', file: 'grammar', kind: 'set', doc: 'Titles a person\'s name may stand right before (瓦塔拉总统, 习近平主席, 张兰女士): the name before one is titled.' },
  { key: 'personWordsAfter', compiled: 'personWordAfter', file: 'grammar', kind: 'prefixInOrder', doc: 'Words after a name jieba doubts (a common word of its dictionary, a guess) that show a person acts, speaks or is addressed (X表示, X先生, X执导, X曾…); tried in this order.' },
  { key: 'placeWordsAfter', compiled: 'placeWordAfter', file: 'grammar', kind: 'prefixInOrder', doc: 'Words after a transliteration that show it names a place, not a person (图卢兹地区, 维拉公园, 盖蒂别墅); tried in this order.' },
  { key: 'bodyWordsAfter', compiled: 'bodyWordAfter', file: 'grammar', kind: 'prefix', doc: 'Words after a name of common words with a company\'s or institute\'s ending that show it is a body (鲸鱼影业董事会, 晨曦研究院旗下).' },
  { key: 'sourceVerbs', compiled: 'sourceVerb', file: 'grammar', kind: 'prefix', doc: 'Verbs after a source cited with 据 (据晨曦研究院统计, 据…发布的报告): the source is a body when it has a body\'s ending.' },
  { key: 'latinOrganizationWordsBefore', compiled: 'latinOrganizationWordBefore', file: 'grammar', kind: 'suffix', doc: 'Words before a Latin-script name that make it an organization (开发商X, 投资方X).' },
  { key: 'latinOrganizationWordsAfter', compiled: 'latinOrganizationWordAfter', file: 'grammar', kind: 'prefix', doc: 'Words after a Latin-script name that make it an organization (X公司, X宣布, X旗下).' },
  { key: 'latinPersonWordsBefore', compiled: 'latinPersonWordBefore', file: 'grammar', kind: 'suffix', doc: 'Words before a Latin-script name that make it a person (导演X, 创始人X); they win over the words after.' },
  { key: 'latinPersonWordsAfter', compiled: 'latinPersonWordAfter', file: 'grammar', kind: 'prefix', doc: 'Words after a Latin-script name that make it a person when nothing made it an organization (X先生, X表示).' },
  { key: 'announcementVerbs', file: 'grammar', kind: 'list', doc: 'Verbs by which an organization announces the clause after it (X宣布，《…》将于…上线: X is that clause\'s subject).' },
  { key: 'exclusiveWords', file: 'grammar', kind: 'list', doc: 'Words that say a platform alone carries a work, between the platform and the title, with or without a genre (独播剧《…》, 自制综艺《…》).' },
  { key: 'synopsisWords', compiled: 'synopsis', file: 'grammar', kind: 'alternation', doc: 'Words of a sentence that tells a plot (讲述, 饰演, 主人公): the people in it are characters, never officials.' },
  { key: 'documentVerbsBefore', file: 'grammar', kind: 'list', doc: 'Verbs right before a document named without 《》 that say it was issued (印发, 出台, 联合发布); 了 may follow.' },
  { key: 'documentVerbsAfter', file: 'grammar', kind: 'list', doc: 'Verbs right after such a document that say it was issued or is in force (发布, 实施, 生效); 正式 may precede.' },
  { key: 'policyPlanWords', compiled: 'policyPlan', file: 'grammar', kind: 'alternation', doc: 'Words that make a name ending in 计划 a policy document, not a campaign (扶持, 规划, 行动计划).' },
  // grammar.json: the words of patterns the rules compose (patterns.ts). Lists that look alike (the numerals)
  // stay apart: each rule reads its own, and one list for all would change what some of them match.
  { key: 'paragraphOpeners', file: 'grammar', kind: 'list', doc: 'Words that open a paragraph (近日, 日前, 据): a line break before them is no break inside a sentence.' },
  { key: 'gluedChunkEnds', file: 'grammar', kind: 'charSet', doc: 'Prepositions and 任 that end a chunk jieba guessed (愿以, 将与, 徐琳敏任), as one string: the chunk is part of the sentence, not a brand before a company\'s ending.' },
  { key: 'ordinalNumerals', file: 'grammar', kind: 'chars', doc: 'Numerals after 第 and before 届 in a year-ish word at the front of an event or document name (第十, 十三届), as one string.' },
  { key: 'editionNumerals', file: 'grammar', kind: 'chars', doc: 'Numerals of an edition with its unit (第一百零八届, 第三季度), as one string.' },
  { key: 'editionUnits', file: 'grammar', kind: 'list', doc: 'The units of such an edition (届, 期, 次, 季度).' },
  { key: 'jointActAdverbs', file: 'grammar', kind: 'list', doc: 'Adverbs between the second party of a joint act and its verb (星澜和芒果TV正式签署).' },
  { key: 'jointActVerbs', file: 'grammar', kind: 'list', doc: 'Verbs of a joint act (签署, 达成, 合作): the other party of a known organization in one is an organization.' },
  { key: 'workCountNumerals', file: 'grammar', kind: 'chars', doc: 'Numerals of the count after a list of titles (《…》等十部作品), as one string.' },
  { key: 'workMeasureWords', file: 'grammar', kind: 'chars', doc: 'Measure words of that count (部, 个, 档), as one string: the work cue follows them.' },
  { key: 'partyCountNumerals', file: 'grammar', kind: 'chars', doc: 'Numerals of a count of parties between a subject and its verb (等三个部门联合印发), as one string.' },
  { key: 'partyCountMeasures', file: 'grammar', kind: 'list', doc: 'Measure words of that count (个, 家).' },
  { key: 'programmeCountMeasures', file: 'grammar', kind: 'list', doc: 'Measure words of the count between a list of quoted programmes and their shared head word (“A”“B”等多项创作计划, 两大行动).' },
  { key: 'partyWords', file: 'grammar', kind: 'list', doc: 'What the count counts (部门, 单位, 方).' },
  { key: 'subjectGapWords', file: 'grammar', kind: 'list', doc: 'Adverbs of time and manner that may stand between a subject and its verb, any number of them (近日, 联合, 独家).' },
  { key: 'jointAdverbs', file: 'grammar', kind: 'list', doc: 'Adverbs before the word that joins organizations acting together, any number of them (A将与B开展合作, A就宣布与B合作).' },
  { key: 'jointConjunctions', file: 'grammar', kind: 'list', doc: 'The words that join them after such an adverb (和, 与, 联合, 携手).' },
  { key: 'eventVerbsAfterCue', compiled: 'eventVerbAfterCue', file: 'grammar', kind: 'prefix', doc: 'Verbs right after an event\'s head word that make the head word a verb (计划举办, 活动开展): it names nothing there.' },
  { key: 'headWordSplitWords', file: 'grammar', kind: 'set', doc: 'Words whose first character ends an event\'s head word (节目: 视听节|目 as jieba may cut it): a head word cut out of one names nothing.' },
  { key: 'eventPartHeads', file: 'grammar', kind: 'set', doc: 'Head words of a part of an event (主论坛, 分论坛): right after the head word of the event they belong to (…大会主论坛), they name no event of their own; the event before them stands.' },
  { key: 'namedDayEnds', file: 'grammar', kind: 'charSet', doc: 'The last characters of a quoted name of a day or a year given to a theme (“青川主题日”, “汉语年”), as one string: before an event\'s head word (“…日”系列活动) the quoted name is an event.' },
  { key: 'eventPartWordsAfterCue', compiled: 'eventPartAfterCue', file: 'grammar', kind: 'prefix', doc: 'Words right after an event\'s head word that make the phrase a part of a larger event (戛纳电影节竞赛单元: no 竞赛 of its own): the head word names nothing there.' },
  { key: 'numeralChars', file: 'grammar', kind: 'chars', doc: 'Chinese numerals (一 … 十), as one string: 十三届 is an edition, which marks the words before a head word as a name.' },
  { key: 'signingTimeWords', file: 'grammar', kind: 'list', doc: 'Words of time or occasion that may open the clause of two signing parties (近日, 会上: 近日A与B签署…).' },
  { key: 'publisherLabels', file: 'grammar', kind: 'list', doc: 'Labels before a publisher\'s name in the lines above a credits line (主办：, 出品：, 来源：).' },
  { key: 'foundingAdverbs', file: 'grammar', kind: 'list', doc: 'Adverbs before a verb of founding (宣布, 正式, 已 of X宣布成立Y) …' },
  { key: 'foundingVerbs', file: 'grammar', kind: 'list', doc: '… the verbs of founding a unit, 了 may follow (X成立Y, X设立了Y) …' },
  { key: 'subsidiaryWords', file: 'grammar', kind: 'list', doc: '… and the words between an owner and its unit named after it (X及其全资子公司Y, X旗下的Y).' },
  { key: 'belongingVerbs', file: 'grammar', kind: 'list', doc: 'The whole of what stands between a unit and its owner named after it (X隶属于Y, X是Y旗下的…).' },
  { key: 'ownerWordsAfter', compiled: 'ownedAfter', file: 'grammar', kind: 'prefix', doc: 'What follows the owner when the belonging verb was only 是 / 为 / 系 / 作为 (X是Y旗下的…, X为Y全资子公司).' },
  { key: 'genericModifiers', compiled: 'genericModifier', file: 'grammar', kind: 'prefix', doc: 'Modifiers that make a phrase with an organization\'s ending generic (各级广播电视台, 有关部门, 该公司) rather than a name.' },
  { key: 'fieldNouns', file: 'grammar', kind: 'set', doc: 'Nouns that make an organization ending part of a longer noun (影视产业, 传媒行业, 娱乐节目); before an ending they name a field, not a brand (产业研究院).' },
  { key: 'placeLevels', file: 'grammar', kind: 'list', doc: 'Levels of place a name may open with to mean the place the text is about (省广播电视局, 市文旅局, 自治区…).' },
  { key: 'eventEditionNumerals', file: 'grammar', kind: 'chars', doc: 'Numerals of the edition before an event named after its organizer (第十届百度世界大会), as one string.' },
  { key: 'genericNameWords', file: 'grammar', kind: 'list', doc: 'Words that may stand before the kind of an agreement, event or document without naming it (战略, 全面, 签约 of 战略合作框架协议, 签约仪式): such a name identifies nothing across documents.' },
  { key: 'subjectUnitNouns', file: 'grammar', kind: 'list', doc: 'Nouns of a unit that acts for the body named before it with 的 (剧场, 频道: 湖南卫视的其他剧场也曾播出过《…》, 湖南卫视 broadcast it).' },
  { key: 'organizerRoles', compiled: 'organizerRole', file: 'grammar', kind: 'prefix', doc: 'The roles of a party in a list of organizers (由A主办，B承办，C协办): each organizes the event.' },
  { key: 'guideRoles', compiled: 'guideRole', file: 'grammar', kind: 'prefix', doc: 'Roles in such a list that organize nothing (由A指导, B支持): the list goes on past them.' },
  { key: 'slateWords', compiled: 'slateWord', file: 'grammar', kind: 'alternation', doc: 'Words for a platform\'s slate of coming works (片单): a platform named before one in a sentence broadcasts the works listed from there on.' },
  { key: 'leftOutWords', compiled: 'leftOut', file: 'grammar', kind: 'alternation', doc: 'Words saying a work is not in the slate (不在列, 未出现): the works of that sentence are left out.' },
  { key: 'adaptedFromWords', compiled: 'adaptedFrom', file: 'grammar', kind: 'alternation', doc: 'Words between a work and the work it is adapted from (《甲》改编自小说《乙》): the source is not in the slate.' },
  { key: 'pluralReferents', compiled: 'pluralReferent', file: 'grammar', kind: 'alternation', doc: 'Words that refer back to a list of works told before (这些, 上述: 这些电视剧也将在安徽卫视播出): a clause naming no work of its own acts on that whole list.' },
  { key: 'jointNounHeads', compiled: 'jointNounHead', file: 'grammar', kind: 'prefix', doc: 'Nouns right after a verb of a joint act that make it part of a noun (合作方, 合作伙伴, 合作渠道): no act is told there.' },
  { key: 'clauseConnectives', file: 'grammar', kind: 'set', doc: 'Connectives that may open a clause before its subject (而, 同时: 而X则早已…, X is the topic that later clauses without a subject go on with).' },
  { key: 'regionalHeadTitles', file: 'grammar', kind: 'set', doc: 'Titles of the head of a regional government (省长, 市长, 县长): held at the government of the place, never at a party committee a title chain names before them (省委副书记、省长X).' },
  { key: 'regionalGovernmentEndings', compiled: 'regionalGovernmentEnding', file: 'grammar', kind: 'suffix', doc: 'Endings of the name of a regional government (人民政府, 政府), the only bodies those heads may inherit from a chain.' },
  { key: 'postCopulas', compiled: 'postCopula', file: 'grammar', kind: 'prefix', doc: 'Copulas after a name that give it the posts after them when the first names its organization (王海涛为星澜影业总经理, 王海涛是…).' },
  { key: 'postNouns', compiled: 'postNoun', file: 'grammar', kind: 'prefix', doc: 'Nouns of a post between a name and such a copula (王海涛的职务为…, 王海涛现在的职位是…).' },
  { key: 'removalVerbs', compiled: 'removalVerb', file: 'grammar', kind: 'suffix', doc: 'Verbs of removing a person from a post, before the name (免去王海涛的…职务): the posts after the name are former.' },
  { key: 'postWordsAfter', compiled: 'postWordAfter', file: 'grammar', kind: 'prefix', doc: 'Words of post that close the posts of a removal (…局长职务, …台长一职).' },
  { key: 'successionVerbs', compiled: 'successionVerb', file: 'grammar', kind: 'suffix', doc: 'Verbs of succeeding a person, before the predecessor\'s name (王海涛接任李建国为…台长): the successor holds the posts, the predecessor held them.' },
  { key: 'honorificsAfterName', compiled: 'honorificAfterName', file: 'grammar', kind: 'prefix', doc: 'Words of address between a name and what gives its post (任命王海涛同志为…, 免去王海涛同志…职务).' },
  { key: 'citingOpeners', compiled: 'citingOpener', file: 'grammar', kind: 'prefix', doc: 'Words opening a clause that cites a source (据新浪科技报道，…): a body named there is no body the sentence is about.' },
  { key: 'carriedClauseOpeners', compiled: 'carriedClauseOpener', file: 'grammar', kind: 'prefix', doc: 'Words opening a clause with no subject of its own before its predicate of post (…，并不再担任星澜影业总裁一职): the subject is carried over from the clause before.' },
  { key: 'nameJoiners', compiled: 'nameJoiner', file: 'grammar', kind: 'prefix', doc: 'Words joining two names that share the predicate after the last (王海涛和李建国升任联席总裁: both hold it).' },
  { key: 'passiveRemovals', compiled: 'passiveRemoval', file: 'grammar', kind: 'alternation', doc: 'Passive removals after a name (王海涛被免去…职务): the posts after them, up to a word of post, are former.' },
  { key: 'sharedTitleJoiners', compiled: 'sharedTitleJoiner', file: 'grammar', kind: 'suffix', doc: 'Words joining two organizations before one title that both share (星澜影业及芒果超媒负责人X: the head of both).' },
  { key: 'collectiveTitleHeads', compiled: 'collectiveTitleHead', file: 'grammar', kind: 'suffix', doc: 'The heads of a collective title after a bare word for a body (集团领导, 台领导, 公司班子成员): each person listed after it holds it at the body named before whose name ends with that word.' },
  { key: 'memberWords', compiled: 'memberWord', file: 'grammar', kind: 'prefix', doc: 'Words for the members of a body right after its name (…领导小组成员为：A、B): each person listed after holds it there.' },
  { key: 'memberListVerbs', compiled: 'memberListVerb', file: 'grammar', kind: 'prefix', doc: 'The verbs that list the members after such a word (为, 包括, 有); a colon may follow.' },
  { key: 'compositionOpeners', compiled: 'compositionOpener', file: 'grammar', kind: 'prefix', doc: 'What opens the people a body is composed of, right after its name (执行委员会由A、B组成).' },
  { key: 'compositionVerbs', compiled: 'compositionVerb', file: 'grammar', kind: 'alternation', doc: 'The verbs that close them (组成, 构成): each person between is a 成员 of the body.' },
  { key: 'sourceLabels', file: 'grammar', kind: 'list', doc: 'Labels before the outlets a text credits as its source or for a photo (来源：X, 图/X/Y): each outlet named after one is an organization.' },
  { key: 'creditNameEnds', compiled: 'creditNameEnd', file: 'grammar', kind: 'alternation', doc: 'Words that close a credited outlet\'s name on the same line (来源：X发布于…, 来源：X 时间：…).' },
  { key: 'datelineWords', file: 'grammar', kind: 'list', doc: 'Words after an outlet opening a dateline (X讯, X消息（记者…）): the outlet at the start of a line is an organization.' },
  { key: 'outletChannelWords', compiled: 'outletChannelWord', file: 'grammar', kind: 'suffix', doc: 'A body\'s own channels after its name in a credit (来源：广电总局网站, X微信公众号): the credit names the body.' },
  { key: 'brandUnitNouns', compiled: 'brandUnitNoun', file: 'grammar', kind: 'prefix', doc: 'Lines of business a platform or company names a unit after, right after its name (X电商, X生活服务, X体育): the brand and the noun name a unit of the brand.' },
  { key: 'postingWordsBefore', compiled: 'postingWordBefore', file: 'grammar', kind: 'suffix', doc: 'Words before the place of a posting abroad (驻哈萨克大使): the word after them is a country or a city, not the title holder\'s name.' },
  { key: 'meetingVerbs', compiled: 'meetingVerb', file: 'grammar', kind: 'prefix', doc: 'Verbs of receiving someone (会见, 会晤, 接见): a person named right before one, who receives an official named after it in the sentence, is an official too.' },
] as const satisfies readonly ListRow[];

type Row = (typeof LISTS)[number];
type CompiledName<R extends ListRow> = R extends { compiled: infer C extends string } ? C : R['key'];
type Compiled<K extends ListKind> = ReturnType<(typeof COMPILERS)[K]>;

/** The compiled lists, one field per row, typed by its kind (a `suffix` list is a RegExp, a `set` a Set). */
export type CompiledLists = { readonly [R in Row as CompiledName<R>]: Compiled<R['kind']> };

type Field<K extends ListKind> = K extends CharKind ? z.ZodDefault<z.ZodString> : z.ZodDefault<z.ZodArray<typeof term>>;
/** The zod fields of one file's lists, by key. */
export type ListFields<F extends ListFile> = { [R in Extract<Row, { file: F }> as R['key']]: Field<R['kind']> };

const isCharKind = (kind: ListKind): kind is CharKind => kind === 'charSet' || kind === 'chars';

/** The zod field of a row: a list of words, or one string of characters; the error says which it must be. */
function field(row: ListRow): z.ZodDefault<z.ZodString> | z.ZodDefault<z.ZodArray<typeof term>> {
  return isCharKind(row.kind)
    ? z.string({ error: 'must be a string of characters' }).describe(row.doc).default('')
    : z.array(term, { error: 'must be a list of words' }).describe(row.doc).default([]);
}

/** The zod fields of the lists `file` holds, for its file schema and DictionaryData. */
export function listFields<F extends ListFile>(file: F, rows: readonly ListRow[] = LISTS): ListFields<F> {
  return Object.fromEntries(rows.filter((row) => row.file === file).map((row) => [row.key, field(row)])) as ListFields<F>;
}

/** The keys of the lists held as one string of characters: merging dictionaries concatenates them. */
export const CHAR_LIST_KEYS: readonly string[] = LISTS.filter((row: ListRow) => isCharKind(row.kind)).map((row) => row.key);

/** Compiles every row's list of `data` (validated DictionaryData) into its compiled field. */
export function compileLists(data: Readonly<Record<string, unknown>>, rows: readonly ListRow[] = LISTS): CompiledLists {
  const out: Record<string, unknown> = {};
  for (const row of rows) out[row.compiled ?? row.key] = (COMPILERS[row.kind] as (value: unknown) => unknown)(data[row.key]);
  return out as CompiledLists;
}
