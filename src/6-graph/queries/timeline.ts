/**
 * The dated facts about an entity, in order.
 */
import type { EntityRef, KnowledgeGraphData, RelationView } from '../types.js';
import { incidentEdges, type ConfidenceOptions, type Direction } from './incident.js';
import { datesOf } from './relations.js';
import { resolveEntity } from './resolve-entity.js';
import { byName, entityRef, relationView } from './views.js';

export interface TimelineEntry {
  date: string;
  /** The entity at the other end of the relation. */
  other: EntityRef;
  relation: RelationView;
  /** `'out'` when the entity is the relation's source. */
  direction: Direction;
}

/**
 * The relations of `entity` (id, name or alias) that carry a date, one entry per distinct date (a
 * meeting reported on two days appears twice), sorted by date, then relation type, then name.
 */
export function timeline(graph: KnowledgeGraphData, entity: string, options: ConfidenceOptions = {}): TimelineEntry[] {
  const id = resolveEntity(graph, entity);
  const entries: TimelineEntry[] = [];
  for (const { key, other, direction } of incidentEdges(graph, id, undefined, 'both', options.minConfidence)) {
    const relation = relationView(graph, key);
    const otherRef = entityRef(graph, other);
    for (const date of datesOf(relation)) entries.push({ date, other: otherRef, relation, direction });
  }
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || a.relation.type.localeCompare(b.relation.type) || byName(a.other, b.other),
  );
}
