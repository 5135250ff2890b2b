/**
 * Relations by type and date range.
 */
import type { RelationType } from '../../types.js';
import { meetsConfidence } from '../confidence.js';
import type { KnowledgeGraphData, RelationView } from '../types.js';
import type { ConfidenceOptions } from './incident.js';
import { relationView } from './views.js';

export interface RelationsOptions extends ConfidenceOptions {
  /** Only relations of this type [any]. */
  type?: RelationType;
  /** Earliest date, ISO, inclusive [none]. */
  from?: string;
  /** Latest date, ISO, inclusive (`'2024-06'` covers all of June) [none]. */
  to?: string;
}

/** Every date an edge carries: its own and those of its evidence. */
export function datesOf(view: Pick<RelationView, 'date' | 'evidence'>): string[] {
  const dates = new Set<string>();
  if (view.date !== undefined) dates.add(view.date);
  for (const item of view.evidence) if (item.date !== undefined) dates.add(item.date);
  return [...dates].sort();
}

/** Whether ISO date `date` lies in [from, to]; a prefix `to` (`'2024-06'`) includes the whole period. */
function inRange(date: string, from?: string, to?: string): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to || date.startsWith(to));
}

/**
 * Relations of type `type` (any type when absent). With `from`/`to`, only relations with a date (its
 * own or an evidence date) in the range; undated relations are then left out. Sorted by date, then key.
 */
export function relations(graph: KnowledgeGraphData, options: RelationsOptions = {}): RelationView[] {
  const { type, from, to, minConfidence } = options;
  const ranged = from !== undefined || to !== undefined;
  const found: RelationView[] = [];
  graph.forEachEdge((key, edge) => {
    if (type !== undefined && edge.type !== type) return;
    if (!meetsConfidence(edge, minConfidence)) return;
    if (ranged && !datesOf(edge).some((date) => inRange(date, from, to))) return;
    found.push(relationView(graph, key));
  });
  return found.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
