import { z } from 'zod';
import {
  AGREEMENT_SUBTYPES, DOCUMENT_SUBTYPES, EVENT_SUBTYPES, OFFICIAL_SUBTYPES, ORGANIZATION_SUBTYPES, RELATION_TYPES, WORK_SUBTYPES,
} from '../types.js';

const term = z.string().trim().min(1, 'must be a non-empty string');

/** A named institution. `aliases` always mean this organization; `shortForms` only once it was named in full. */
export const OrganizationEntrySchema = z.strictObject({
  name: term,
  subtype: z.enum(ORGANIZATION_SUBTYPES),
  aliases: z.array(term).default([]),
  /** Ambiguous short forms (总局, 协会, 省委) resolved to this entry only when the document names it first. */
  shortForms: z.array(term).default([]),
  /** Canonical name of the organization this one is part of (a 司 of 国家广播电视总局, a channel of its station). */
  parent: term.optional(),
});

/** A position title. */
export const TitleEntrySchema = z.strictObject({
  title: term,
  kind: z.enum(['government', 'party', 'association', 'business', 'media', 'foreign', 'other']),
});

/** A cue word that classifies a span (《》 title, event name, organization name) by what it ends with or follows. */
const cue = <T extends readonly [string, ...string[]]>(subtypes: T) =>
  z.strictObject({ cue: term, subtype: z.enum(subtypes) });

export const WorkCueSchema = cue(WORK_SUBTYPES);
export const AgreementCueSchema = cue(AGREEMENT_SUBTYPES);
export const DocumentCueSchema = cue(DOCUMENT_SUBTYPES);
/** An event cue; a strong one (大会, 论坛, 节) names an event by itself, the others (活动, 计划, 会议) need a marked name before them. */
export const EventCueSchema = z.strictObject({ cue: term, subtype: z.enum(EVENT_SUBTYPES), strong: z.boolean().optional() });
export const OrganizationSuffixSchema = cue(ORGANIZATION_SUBTYPES);

export const OrganizationsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  organizations: z.array(OrganizationEntrySchema),
});

export const TitlesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  titles: z.array(TitleEntrySchema),
});

/** The parts of cues.json: what classifies a span, and the domain vocabulary. */
const cueParts = {
  workCues: z.array(WorkCueSchema).default([]),
  agreementCues: z.array(AgreementCueSchema).default([]),
  documentCues: z.array(DocumentCueSchema).default([]),
  eventCues: z.array(EventCueSchema).default([]),
  organizationSuffixes: z.array(OrganizationSuffixSchema).default([]),
  /** Organization endings that may name a unit inside an organization (手机部, 国际业务部, 办公室), not an organization in its own right. */
  unitSuffixes: z.array(term).default([]),
  /** Domain words jieba should keep whole and read as nouns (视听, 微短剧, 大模型). */
  vocabulary: z.array(term).default([]),
};

export const PlaceEntrySchema = z.strictObject({
  name: term,
  kind: z.enum(['country', 'province', 'city', 'world_city', 'county', 'region']),
  /** The one-character form news writes in compounds (美 in 中美, 美军). */
  abbreviation: z.string().length(1).optional(),
});

/** The parts of names.json: what people's names are made of, and what is never a name. */
const nameParts = {
  /** Chinese family names, single (王) and compound (欧阳). */
  surnames: z.array(term).default([]),
  /** Words that look like names but are not (会见, 表示 …) and must never start or end a person name. */
  notNames: z.array(term).default([]),
  /** Generic references that are never entities (有关部门, 各地 …). */
  generic: z.array(term).default([]),
  /** Occupations and roles written before a name that are not positions (演员, 球员, 律师): the person is no official. */
  roles: z.array(term).default([]),
  /** Characters common in given names that jieba's dictionary tags as verbs (立, 亮, 建 …), as one string: before a predicate they end a name (张华立出席). */
  givenNameVerbChars: z.string().default(''),
  /** Characters common in given names that jieba's dictionary tags as times (清, 秋 …), as one string: before a predicate they end a name (罗文清致辞) just as the verb characters do. */
  givenNameTimeChars: z.string().default(''),
  /** Place names (countries, provinces, cities) used to build and recognise organization names. */
  places: z.array(PlaceEntrySchema).default([]),
  /** The words of a state's formal name after the country (老挝 + 人民民主 + 共和国): qualifiers, any number of them … */
  stateQualifiers: z.array(term).default([]),
  /** … then one form of state (共和国, 王国). */
  stateForms: z.array(term).default([]),
};

/** The parts of grammar.json: the cue words the rules read. */
const grammarParts = {
  /** Words that end a name on its left: function words and the predicates news puts before a name (的, 在, 召开). */
  nameStopWords: z.array(term).default([]),
  /** Predicates and particles that never belong to a person's name (会见, 表示, 同志). */
  predicates: z.array(term).default([]),
  /** Characters that spell foreign names in Chinese (阿, 拉, 斯 …), as one string. */
  transliterationChars: z.string().default(''),
  /** Predicates after a name that give the person the post named after them (任, 兼任, 曾任 …). */
  appointmentVerbs: z.array(term).default([]),
  /** Predicates of a post held no longer (曾任, 卸任, 辞去 …), and the adverbs that say so before a predicate (X此前任…): the holds_position is `former`. */
  formerPostVerbs: z.array(term).default([]),
  /** Adverbs that may stand between a name and its appointment predicate (X已正式出任…, X将任…); a date may too (X于2019年任…). */
  appointmentAdverbs: z.array(term).default([]),
  /** Predicates of appointing someone, before the name: 任命X为…, 聘任X为…. */
  appointingVerbs: z.array(term).default([]),
  /** Predicates after a name that give the post after them only with an organization named there (X作为星澜影业的总经理): alone they are too common (作为代表, 作为题材). */
  capacityVerbs: z.array(term).default([]),
  /** Predicates of joining an organization (X加入星澜影业，担任总经理): a post given next, without its own organization, is at the one joined. */
  joiningVerbs: z.array(term).default([]),
  /** Verbs that credit a person with a part in a work (出品, 监制, 执导): the one named right before is credited by role. */
  creditVerbs: z.array(term).default([]),
  /** The verbs that state each relation (issued: 印发, 发布 …). */
  relationVerbs: z.partialRecord(z.enum(RELATION_TYPES), z.array(term)).default({}),
  /** Words of a match report or betting tip (主场, 联赛, 让球): in its sentences guessed words are jargon and clubs more often than people. */
  sportsContext: z.array(term).default([]),
  /** The surest of those (vs, 英超, 盘口): in their sentences a foreign place or a transliterated name stands for a club. */
  sportsStrongContext: z.array(term).default([]),
  /** Words near a transliterated name that make it a team, not a person (对阵, 主场, 队). */
  teamContext: z.array(term).default([]),
  /** Words right before a club's name (击败X, 做客X, 加盟X). */
  teamWordsBefore: z.array(term).default([]),
  /** Words right after a club's name (X主场, X本赛季, X主帅). */
  teamWordsAfter: z.array(term).default([]),
  /** Words that are never a side of a fixture or a club: beside vs / 对阵 (本场, 比分; 对阵情况), or jieba-tagged as names in a match report (本赛季/nr). */
  notTeamSides: z.array(term).default([]),
  /** Words after a name of common words with a company's or institute's ending that show it is a body (鲸鱼影业董事会, 晨曦研究院旗下). */
  bodyWordsAfter: z.array(term).default([]),
  /** Verbs after a source cited with 据 (据晨曦研究院统计, 据…发布的报告): the source is a body when it has a body's ending. */
  sourceVerbs: z.array(term).default([]),
  /** Words before a Latin-script name that make it an organization (开发商X, 投资方X). */
  latinOrganizationWordsBefore: z.array(term).default([]),
  /** Words after a Latin-script name that make it an organization (X公司, X宣布, X旗下). */
  latinOrganizationWordsAfter: z.array(term).default([]),
  /** Words before a Latin-script name that make it a person (导演X, 创始人X); they win over the words after. */
  latinPersonWordsBefore: z.array(term).default([]),
  /** Words after a Latin-script name that make it a person when nothing made it an organization (X先生, X表示). */
  latinPersonWordsAfter: z.array(term).default([]),
  /** Verbs by which an organization announces the clause after it (X宣布，《…》将于…上线: X is that clause's subject). */
  announcementVerbs: z.array(term).default([]),
  /** Words that say a platform alone carries a work, between the platform and the title, with or without a genre (独播剧《…》, 自制综艺《…》). */
  exclusiveWords: z.array(term).default([]),
  /** Words of a sentence that tells a plot (讲述, 饰演, 主人公): the people in it are characters, never officials. */
  synopsisWords: z.array(term).default([]),
  /** Verbs right before a document named without 《》 that say it was issued (印发, 出台, 联合发布); 了 may follow. */
  documentVerbsBefore: z.array(term).default([]),
  /** Verbs right after such a document that say it was issued or is in force (发布, 实施, 生效); 正式 may precede. */
  documentVerbsAfter: z.array(term).default([]),
  /** Words that make a name ending in 计划 a policy document, not a campaign (扶持, 规划, 行动计划). */
  policyPlanWords: z.array(term).default([]),
  /** Modifiers that make a phrase with an organization's ending generic (各级广播电视台, 有关部门, 该公司) rather than a name. */
  genericModifiers: z.array(term).default([]),
  /** Nouns that make an organization ending part of a longer noun (影视产业, 传媒行业, 娱乐节目); before an ending they name a field, not a brand (产业研究院). */
  fieldNouns: z.array(term).default([]),
  /** Levels of place a name may open with to mean the place the text is about (省广播电视局, 市文旅局, 自治区…). */
  placeLevels: z.array(term).default([]),
  /** The numerals that count an edition (第十届, 第二十一届), as one string: like a year, an edition varies between mentions of one event. */
  editionNumerals: z.string().default(''),
};

export const CuesFileSchema = z.strictObject({ $comment: z.string().optional(), ...cueParts });
export const GrammarFileSchema = z.strictObject({ $comment: z.string().optional(), ...grammarParts });
export const NamesFileSchema = z.strictObject({ $comment: z.string().optional(), ...nameParts });

export type OrganizationEntry = z.output<typeof OrganizationEntrySchema>;
export type OrganizationEntryInput = z.input<typeof OrganizationEntrySchema>;
export type TitleEntry = z.output<typeof TitleEntrySchema>;
export type WorkCue = z.output<typeof WorkCueSchema>;
export type AgreementCue = z.output<typeof AgreementCueSchema>;
export type DocumentCue = z.output<typeof DocumentCueSchema>;
export type EventCue = z.output<typeof EventCueSchema>;
export type OrganizationSuffix = z.output<typeof OrganizationSuffixSchema>;
export type PlaceEntry = z.output<typeof PlaceEntrySchema>;

/** The whole domain dictionary, as data. A user dictionary has the same shape with every part optional. */
export const DictionaryDataSchema = z.strictObject({
  organizations: z.array(OrganizationEntrySchema).default([]),
  titles: z.array(TitleEntrySchema).default([]),
  ...cueParts,
  ...nameParts,
  ...grammarParts,
});
export type DictionaryData = z.output<typeof DictionaryDataSchema>;
export type DictionaryInput = z.input<typeof DictionaryDataSchema>;

export { OFFICIAL_SUBTYPES };
