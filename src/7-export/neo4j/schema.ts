/**
 * The Neo4j vocabulary of the export: a label per entity type and a relationship type per relation
 * type. Labels and types go into Cypher text, so they come only from these fixed tables, never from
 * the data; everything else is passed as parameters.
 */
import type { EntityType, RelationType } from '../../types.js';
import { ExportError } from '../types.js';

/** Label every node carries (the key of the uniqueness constraint on `id`). */
export const ENTITY_LABEL = 'Entity';

/** Neo4j label of each entity type. */
export const NEO4J_LABELS: Readonly<Record<EntityType, string>> = {
  organization: 'Organization',
  official: 'Official',
  person: 'Person',
  work: 'Work',
  agreement: 'Agreement',
  document: 'Document',
  event: 'Event',
};

/** Neo4j relationship type of each relation type. */
export const NEO4J_RELATIONSHIP_TYPES: Readonly<Record<RelationType, string>> = {
  holds_position: 'HOLDS_POSITION',
  met_with: 'MET_WITH',
  signed: 'SIGNED',
  produced: 'PRODUCED',
  broadcast: 'BROADCAST',
  issued: 'ISSUED',
  organized: 'ORGANIZED',
  part_of: 'PART_OF',
  cooperates_with: 'COOPERATES_WITH',
  succeeded_by: 'SUCCEEDED_BY',
};

function lookup(table: Readonly<Record<string, string>>, key: string, what: string): string {
  if (!Object.prototype.hasOwnProperty.call(table, key)) throw new ExportError('neo4j', `unknown ${what} "${key}"`);
  return table[key] as string;
}

/** The label of entity type `type`; throws for a type outside the whitelist. */
export function labelOf(type: string): string {
  return lookup(NEO4J_LABELS, type, 'entity type');
}

/** The relationship type of relation type `type`; throws for a type outside the whitelist. */
export function relationshipTypeOf(type: string): string {
  return lookup(NEO4J_RELATIONSHIP_TYPES, type, 'relation type');
}
