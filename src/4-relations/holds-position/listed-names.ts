import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';
import { passesOn } from './kind-fit.js';
import type { ChainElement } from './lookups.js';

/** A name read before the current one in its sentence: where it ends, its titles before it, the organization they were at. */
export interface TitledName {
  end: number;
  chain: ChainElement[];
  org?: ResolvedMention;
}

/**
 * The titles before a name starting at `nameStart` whose own chain is `own`, given the titled name read
 * before it: 副局长王海涛、杨建国 (a name listed right after a titled one, with no title of its own, holds
 * the same posts); 会长刘建国、副会长王晓东 (a title without its organization, right after a titled name,
 * is at that name's organization: `given`, when the titles are of one kind, see `passesOn`).
 */
export function titlesOfListedName(ctx: RelationContext, own: ChainElement[], previous: TitledName | undefined, nameStart: number): { chain: ChainElement[]; given?: ResolvedMention } {
  const { text } = ctx;
  const chain = own.length === 0 && previous && text.slice(previous.end, nameStart) === '、' ? previous.chain : own;
  const listed = own.length > 0 && !own[0]!.org && previous?.org && text.slice(previous.end, own[0]!.title.start) === '、';
  const given = listed && passesOn(ctx, previous.chain.map((e) => e.title), own[0]!.title) ? previous.org : undefined;
  return { chain, given };
}
