import { holdsPosition } from './holds-position.js';
import type { RelationRule } from './index.js';
import { partOf } from './part-of.js';
import { organized } from './organized.js';
import { slateBroadcast } from './slate-broadcast.js';
import { broadcast, cooperatesWith, issued, madeFor, metWith, produced, signedByVerb } from './frames/rules.js';
import { broadcastShorthand, issuedByHeading, organizedByName, signedByTitle } from './verb-rules.js';

export { broadcast, broadcastShorthand, cooperatesWith, holdsPosition, issued, issuedByHeading, metWith, organized, organizedByName, partOf, produced, signedByTitle, signedByVerb, slateBroadcast };

/** The built-in relation rules, in the order they run. */
export const defaultRelationRules: RelationRule[] = [
  holdsPosition, metWith, signedByVerb, signedByTitle, produced, broadcast, madeFor, broadcastShorthand, slateBroadcast, issued, issuedByHeading, organized, organizedByName, partOf, cooperatesWith,
];
