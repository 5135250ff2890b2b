/**
 * Colours of the entity types, used by the layout (node `color`) and by the legend of the HTML
 * viewer. Typed over {@link EntityType}, so a new entity type fails to compile until it has a colour.
 */
import type { EntityType } from '../types.js';

/** Node colour of each entity type (`#rrggbb`). */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  organization: '#2f6fde',
  official: '#e0532f',
  person: '#e6a100',
  work: '#2ba36b',
  agreement: '#8e5bd6',
  document: '#129fb0',
  event: '#d94f9c',
};

/** Colour of a node whose type is not an {@link EntityType}. */
export const UNKNOWN_ENTITY_COLOR = '#8a93a0';

/** The colour of an entity type, {@link UNKNOWN_ENTITY_COLOR} for an unknown type. */
export function entityColor(type: string): string {
  return Object.prototype.hasOwnProperty.call(ENTITY_COLORS, type)
    ? ENTITY_COLORS[type as EntityType]
    : UNKNOWN_ENTITY_COLOR;
}
