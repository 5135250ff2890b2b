/**
 * `--min-confidence`: the threshold below which `extract` and `query` leave facts out.
 */
import type { ExtractionResult } from '../types.js';
import { CliError } from './errors.js';

/** The number of `--min-confidence` (0–1), or undefined without the flag. */
export function parseMinConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const min = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(min) || min < 0 || min > 1) throw new CliError(`--min-confidence: expected a number from 0 to 1, got "${value}"`);
  return min;
}

/**
 * One document's extraction without the entities and relations of confidence below `min`; a relation
 * whose end is left out goes too. Ids and everything else stay as extract() gave them.
 */
export function confidentResult(result: ExtractionResult, min: number): ExtractionResult {
  const entities = result.entities.filter((entity) => (entity.confidence ?? 0) >= min);
  const kept = new Set(entities.map((entity) => entity.id));
  const relations = result.relations.filter((r) => (r.confidence ?? 0) >= min && kept.has(r.source) && kept.has(r.target));
  return { ...result, entities, relations };
}
