import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationCandidate } from '../index.js';
import { fact, type SentenceView } from '../sentence-view.js';
import { orgOfBareTitle } from './bare-title-org.js';
import { bodyClashes, headFits } from './kind-fit.js';
import type { PositionLookups } from './lookups.js';
import type { StatedChain } from './posts-after-name.js';

/**
 * The holds_position facts of one person from one chain, pushed onto `out`: each title at its own
 * organization, else at the one of the title before it in the chain (or the chain's `given`), else at
 * the organization a bare title refers to, else at the chain's `body` where the title's kind does not
 * clash with it; a regional head (省长) takes no organization but a government that way. Returns the
 * organization of the last fact, if any.
 */
export function pushChainFacts(lookups: PositionLookups, view: SentenceView, person: ResolvedMention, { chain, status, given, body }: StatedChain, out: RelationCandidate[]): ResolvedMention | undefined {
  let inherited = given;
  let last: ResolvedMention | undefined;
  for (const element of chain) {
    const found = element.org ?? inherited ?? orgOfBareTitle(lookups, view, element.title.start) ?? (body && !bodyClashes(lookups.ctx, element.title, body) ? body : undefined);
    inherited = found;
    const org = found && (element.org || headFits(lookups.ctx, element.title, found)) ? found : undefined;
    if (!org) continue;
    last = org;
    const title = element.titleName ?? element.title.name;
    const titleSpan = { start: element.title.end - title.length, end: element.title.end };
    out.push(fact('holds_position', person, org, view, { title, titleSpan, ...(status ? { status } : {}) }));
  }
  return last;
}
