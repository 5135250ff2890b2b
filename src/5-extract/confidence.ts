/**
 * Provenance and confidence of one document's outputs: each entity is credited to the recognizer of
 * its first full-name mention, each relation carries the rule that found it (extractRelations), and
 * both get the calibrated precision of that recognizer or rule (./calibration.ts).
 */
import type { Resolution } from '../3-resolve/entities.js';
import type { Entity, Relation } from '../types.js';
import { confidenceOf, type Calibration } from './calibration.js';

/**
 * The recognizer of each entity: that of its first mention (text order) that is not a short form, as
 * a short form (总局, a surname) only joins an entity another mention founded; else its first mention's.
 */
export function entityRecognizers(resolution: Resolution): Map<Entity, string> {
  const full = new Map<Entity, string>();
  const any = new Map<Entity, string>();
  for (const { candidate, entity } of resolution.mentions) {
    if (!any.has(entity)) any.set(entity, candidate.by);
    if (!candidate.shortForm && !full.has(entity)) full.set(entity, candidate.by);
  }
  for (const [entity, by] of any) if (!full.has(entity)) full.set(entity, by);
  return full;
}

/** Writes `recognizer` and `confidence` onto each entity and `confidence` onto each relation (fresh objects of this document). */
export function assignConfidence(entities: readonly Entity[], relations: readonly Relation[], recognizers: ReadonlyMap<Entity, string>, table: Calibration): void {
  for (const entity of entities) {
    const recognizer = recognizers.get(entity);
    if (recognizer !== undefined) entity.recognizer = recognizer;
    entity.confidence = confidenceOf(table, 'entity', entity.type, recognizer);
  }
  for (const relation of relations) relation.confidence = confidenceOf(table, 'relation', relation.type, relation.rule);
}
