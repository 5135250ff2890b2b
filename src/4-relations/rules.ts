import { holdsPosition } from './holds-position.js';
import type { RelationRule } from './index.js';
import { partOf } from './part-of.js';
import { organized } from './organized.js';
import { slateBroadcast } from './slate-broadcast.js';
import { broadcast, broadcastShorthand, cooperatesWith, issued, issuedByHeading, metWith, organizedByName, produced, signedByTitle, signedByVerb } from './verb-rules.js';

export { broadcast, broadcastShorthand, cooperatesWith, holdsPosition, issued, issuedByHeading, metWith, organized, organizedByName, partOf, produced, signedByTitle, signedByVerb, slateBroadcast };

/** The built-in relation rules, in the order they run. */
export const defaultRelationRules: RelationRule[] = [
  holdsPosition, metWith, signedByVerb, signedByTitle, produced, broadcast, broadcastShorthand, slateBroadcast, issued, issuedByHeading, organized, organizedByName, partOf, cooperatesWith,
];
