import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Candidate } from '../2-mentions/recognizer.js';
import type { NormalizedText } from '../1-segment/normalize.js';
import type { EntityType } from '../types.js';
import { datedCandidates, markPeriods } from './dated-names.js';
import { EntityTable, type Resolution } from './entity-table.js';
import { joinGluedParents } from './glued-parents.js';
import { undoubledNames } from './doubled-words.js';
import { mergeParentSpellings } from './merge-parent-spellings.js';
import { mergeCompanyPrefixes, mergePlaceHeads } from './merge-short-names.js';
import { mergeHeadlineAbbreviations } from './merge-abbreviations.js';
import { mergeCeremoniesIntoEvents, mergeEventCores, nameCeremoniesByEvent } from './merge-events.js';
import { mergeCompanyCores, mergeCountryAbbreviations, mergeStateNames, mergeUnitsIntoLongerNames } from './merge-organizations.js';
import { mergeFamilyNames } from './merge-people.js';
import { parentsInNames } from './parents-in-names.js';
import { shortFormResolver } from './short-forms.js';

export { entityId, type Resolution, type ResolvedMention } from './entity-table.js';

const ENTITY_KINDS = new Set<string>(['organization', 'official', 'person', 'work', 'agreement', 'document', 'event']);

/** People named with a title anywhere are officials everywhere in the document. */
function entityTypeOf(candidates: readonly Candidate[]): (c: Candidate) => EntityType {
  const officialNames = new Set(candidates.filter((c) => c.kind === 'official').map((c) => c.name));
  return (c) => (c.kind === 'person' && officialNames.has(c.name) ? 'official' : c.kind as EntityType);
}

/**
 * Turns kept candidates into document entities: one entity per canonical name and type, with every
 * surface form as an alias and every mention's ORIGINAL offsets. Short forms (总局, 《报告》, 库里巴利)
 * join the entity that the document names in full; alone they found nothing. With the document's `date`,
 * a name several bodies went by in turn is the body of that date (a 2016 text's 广电总局 is
 * 国家新闻出版广电总局); without one, today's.
 */
export function resolveEntities(kept: readonly Candidate[], norm: NormalizedText, dict: CompiledDictionary, date?: string): Resolution {
  const entityCandidates = undoubledNames(kept.filter((c) => ENTITY_KINDS.has(c.kind)), norm.text);
  const candidates = joinGluedParents(datedCandidates(entityCandidates, norm.text, dict, date), dict);
  const typeOf = entityTypeOf(candidates);
  const table = new EntityTable(norm);
  // Full names first (with the parents named inside units' names), so short forms can find them.
  const full = [...candidates.filter((c) => !c.shortForm), ...parentsInNames(candidates, norm.text, dict)];
  for (const c of full) table.add(c, typeOf(c), c.name);
  const canonical = shortFormResolver(kept, candidates, norm.text, dict);
  for (const c of candidates.filter((x) => x.shortForm)) {
    const name = canonical(c, typeOf(c));
    if (name) table.add(c, typeOf(c), name);
  }
  // Then the names one thing goes by in the document become one entity; each step reads what the ones before left.
  mergeFamilyNames(table);
  mergeUnitsIntoLongerNames(table, dict);
  mergeStateNames(table, dict);
  mergeCountryAbbreviations(table, dict);
  mergeParentSpellings(table, dict);
  mergePlaceHeads(table, dict);
  mergeCompanyPrefixes(table, dict);
  mergeCompanyCores(table, dict);
  mergeCeremoniesIntoEvents(table);
  nameCeremoniesByEvent(table);
  mergeEventCores(table, dict);
  mergeHeadlineAbbreviations(table);
  const resolution = table.resolution();
  markPeriods(resolution.entities, dict);
  return resolution;
}
