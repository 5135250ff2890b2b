import { z } from 'zod';
import {
  AGREEMENT_SUBTYPES, DOCUMENT_SUBTYPES, EVENT_SUBTYPES, OFFICIAL_SUBTYPES, ORGANIZATION_SUBTYPES, RELATION_TYPES, WORK_SUBTYPES,
} from '../types.js';
import { listFields } from './lists.js';
import { term } from './term.js';


/** A date of the dictionary, as precise as it is known: a year (2024), a month (2018-03) or a day (2013-03-22). */
export const partialDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** How a body stopped going by its name: renamed (the same body), merged into another, split into several. */
export const ORGANIZATION_CHANGES = ['renamed', 'merged', 'split'] as const;

/** A named institution. `aliases` always mean this organization; `shortForms` only once it was named in full. */
export const OrganizationEntrySchema = z.strictObject({
  name: term,
  subtype: z.enum(ORGANIZATION_SUBTYPES),
  aliases: z.array(term).default([]),
  /** Ambiguous short forms (总局, 协会, 省委) resolved to this entry only when the document names it first. */
  shortForms: z.array(term).default([]),
  /** Canonical name of the organization this one is part of (a 司 of 国家广播电视总局, a channel of its station). */
  parent: term.optional(),
  /** When the body took this name (its first day under it, as precisely as known). */
  from: partialDate.optional(),
  /** When the name ceased to be in force (the first day under the successor's name). */
  to: partialDate.optional(),
  /** What the body became at `to`: the canonical names of its successors (entries of the dictionary). */
  successors: z.array(term).optional(),
  /** How it became them. */
  change: z.enum(ORGANIZATION_CHANGES).optional(),
}).refine((o) => (o.successors === undefined) === (o.change === undefined), { message: 'successors and change go together', path: ['change'] })
  .refine((o) => o.successors === undefined || o.to !== undefined, { message: 'a body with successors needs the date it ended (to)', path: ['to'] })
  .refine((o) => o.from === undefined || o.to === undefined || o.from < o.to, { message: 'from must be before to', path: ['to'] });

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

/** The parts of cues.json: what classifies a span, and the domain vocabulary (its plain lists are rows of LISTS). */
const cueParts = {
  workCues: z.array(WorkCueSchema).default([]),
  agreementCues: z.array(AgreementCueSchema).default([]),
  documentCues: z.array(DocumentCueSchema).default([]),
  eventCues: z.array(EventCueSchema).default([]),
  organizationSuffixes: z.array(OrganizationSuffixSchema).default([]),
  ...listFields('cues'),
};

export const PlaceEntrySchema = z.strictObject({
  name: term,
  kind: z.enum(['country', 'province', 'city', 'world_city', 'county', 'region']),
  /** The one-character form news writes in compounds (美 in 中美, 美军). */
  abbreviation: z.string().length(1).optional(),
});

/** The parts of names.json: what people's names are made of, and what is never a name (its plain lists are rows of LISTS). */
const nameParts = {
  /** Chinese family names, single (王) and compound (欧阳). */
  surnames: z.array(term).default([]),
  /** Place names (countries, provinces, cities) used to build and recognise organization names. */
  places: z.array(PlaceEntrySchema).default([]),
  ...listFields('names'),
};

/** The parts of grammar.json: the cue words the rules read (its plain lists are rows of LISTS). */
const grammarParts = {
  /** The verbs that state each relation (issued: 印发, 发布 …). */
  relationVerbs: z.partialRecord(z.enum(RELATION_TYPES), z.array(term)).default({}),
  ...listFields('grammar'),
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
