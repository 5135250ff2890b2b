import type { RelationRule } from './index.js';

/** The built-in relation rules, in the order they run. */
export const defaultRelationRules: RelationRule[] = [];
