import type { ResolvedMention } from '../../3-resolve/entities.js';

/** The predicate that gives a name the posts named after it. */
export interface PredicateAfterName {
  /** Where the predicate starts (past the adverbs and dates after the name). */
  at: number;
  predicate: string;
  /** A capacity (作为): its first chain counts only where the first title names its organization. */
  capacity: boolean;
  /** The organization joined (X加入星澜影业，担任总经理): the posts without an organization of their own are there. */
  joined?: ResolvedMention;
  /** The posts are held no longer, whatever the predicate (免去X…职务; 接任X为…: X's). */
  former?: boolean;
  /** The posts count only where they close the clause (`clause`: a copula), or end on a word of post (`postWord`: 免去…职务). */
  closed?: 'clause' | 'postWord';
}
