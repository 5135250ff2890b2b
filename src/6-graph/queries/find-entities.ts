/**
 * Find entities by type, subtype and name or alias.
 */
import type { EntityType } from '../../types.js';
import { meetsConfidence } from '../confidence.js';
import type { EntityRef, KnowledgeGraphData } from '../types.js';
import { byName, entityRef } from './views.js';

export interface FindEntitiesOptions {
  /** Only entities of this type [any]. */
  type?: EntityType;
  /** Only entities of this subtype [any]. */
  subtype?: string;
  /** Name or alias to look for [any]. */
  name?: string;
  /** How `name` matches a name or alias: `'exact'` or `'substring'` [`'exact'`]. */
  match?: 'exact' | 'substring';
  /** Only entities whose confidence is at least this (0–1) [any]. */
  minConfidence?: number;
}

/**
 * Entities matching every given criterion, sorted by name. `name` matches the canonical name or any
 * alias. Exact-name matches come before alias-only matches.
 */
export function findEntities(graph: KnowledgeGraphData, options: FindEntitiesOptions = {}): EntityRef[] {
  const { type, subtype, name, match = 'exact', minConfidence } = options;
  const matches = (text: string): boolean =>
    name === undefined || (match === 'exact' ? text === name : text.includes(name));
  const byLabel: EntityRef[] = [];
  const byAlias: EntityRef[] = [];
  graph.forEachNode((id, node) => {
    if (type !== undefined && node.type !== type) return;
    if (subtype !== undefined && node.subtype !== subtype) return;
    if (!meetsConfidence(node, minConfidence)) return;
    if (matches(node.label)) byLabel.push(entityRef(graph, id));
    else if (node.aliases.some(matches)) byAlias.push(entityRef(graph, id));
  });
  return [...byLabel.sort(byName), ...byAlias.sort(byName)];
}
