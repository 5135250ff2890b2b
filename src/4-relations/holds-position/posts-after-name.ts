import type { Span } from '../../2-mentions/span-index.js';
import { appointmentAt } from '../../2-mentions/appointment.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { ChainElement, PositionLookups } from './lookups.js';
import { predicateAfterName } from './predicate-after-name.js';
import { titleChainAfter } from './title-chain-after.js';

/** A title chain with its status and the organization its titles are at when they name none. */
export interface StatedChain {
  chain: ChainElement[];
  status?: 'former';
  given?: ResolvedMention;
}

/**
 * The posts given after a name by its predicates (X任…, X兼任…, X曾任…台长，现任…局长), one chain per
 * predicate, within the sentence `sentence`.
 */
export function postsAfterName(lookups: PositionLookups, name: Span, sentence: Span): StatedChain[] {
  const { ctx } = lookups;
  const chains: StatedChain[] = [];
  const first = predicateAfterName(lookups, name, sentence.start);
  if (!first) return chains;
  let { at, capacity } = first;
  let predicate: string | undefined = first.predicate;
  // The words passed over on the way to the first predicate count for its status (X此前担任…, X此前作为…).
  let gap = ctx.text.slice(name.end, at);
  for (; predicate !== undefined; capacity = false) {
    const chain = titleChainAfter(lookups, at + predicate.length, sentence.end);
    const status = ctx.dictionary.formerPost.test(gap + predicate) ? 'former' : undefined;
    chains.push({ chain: capacity && !chain[0]?.org ? [] : chain, status, given: first.joined });
    gap = '';
    if (!chain.length) break;
    // 曾任…台长，现任…局长: the same person's next post, in the clause after.
    at = chain.at(-1)!.title.end + 1;
    predicate = /^[，,；]$/u.test(ctx.text[at - 1] ?? '') ? appointmentAt(ctx.dictionary, ctx.text, at) : undefined;
  }
  return chains;
}
