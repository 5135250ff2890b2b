import type { Span } from '../../2-mentions/span-index.js';
import { appointmentAt } from '../../2-mentions/appointment.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { ChainElement, PositionLookups } from './lookups.js';
import { closesClause, pastSecondName } from './post-words.js';
import { lastJoinedName } from './joined-names.js';
import { predicateAfterName } from './predicate-after-name.js';
import type { PredicateAfterName } from './predicate.js';
import { titleChainAfter } from './title-chain-after.js';

/** A title chain with its status and the organization its titles are at when they name none. */
export interface StatedChain {
  chain: ChainElement[];
  status?: 'former';
  given?: ResolvedMention;
  /** The organization the sentence is about, for titles that name none, inherit none and refer back to none (see clauseBody). */
  body?: ResolvedMention;
}

/** What opens the clause before a name that makes its posts former (此前，王海涛为…): at most this many characters. */
const OPENING_REACH = 6;
/** What separates two clauses of a résumé (曾任A总裁，B董事长；现任…). */
const RESUME_BREAK = /^[，,；;]$/u;

/** Whether the chain after a predicate counts: a capacity's only with its organization named, a copula's or a removal's only where it closes its clause. */
function counts(lookups: PositionLookups, chain: ChainElement[], first: PredicateAfterName, isFirst: boolean): boolean {
  if (!chain.length) return true;
  if (isFirst && first.capacity && !chain[0]!.org) return false;
  const { dictionary, text } = lookups.ctx;
  return !first.closed || closesClause(dictionary, text, chain.at(-1)!.title.end, first.closed === 'postWord');
}

/**
 * The next clause of a résumé after a chain that ends at `end`: a predicate of its own (曾任A总裁，现任B
 * 局长), or, with the status of the clause before, an organization's posts that close their clause
 * (曾任A副总裁、首席运营官，B总裁，现任…; 此前，X的职务为A副部长，B局长、党组书记).
 */
function nextClause(lookups: PositionLookups, end: number, limit: number): { at: number; predicate?: string; chain?: ChainElement[] } | undefined {
  const { dictionary, text } = lookups.ctx;
  if (!RESUME_BREAK.test(text[end] ?? '')) return undefined;
  const predicate = appointmentAt(dictionary, text, end + 1);
  if (predicate !== undefined) return { at: end + 1, predicate };
  const chain = titleChainAfter(lookups, end + 1, limit);
  return chain[0]?.org && closesClause(dictionary, text, chain.at(-1)!.title.end, false) ? { at: end + 1, chain } : undefined;
}

/** The predicate after the last name joined to `name` (王海涛和李建国升任…), which both names share. */
function sharedPredicate(lookups: PositionLookups, name: Span, sentenceStart: number): PredicateAfterName | undefined {
  const last = lastJoinedName(lookups, name);
  return last === name ? undefined : predicateAfterName(lookups, { start: last.start, end: pastSecondName(lookups.ctx.text, last.end) }, sentenceStart);
}

/**
 * The posts given after a name by its predicates (X任…, X兼任…, X曾任…台长，现任…局长, X为…, 免去X…职务),
 * one chain per clause, within the sentence `sentence`.
 */
export function postsAfterName(lookups: PositionLookups, name: Span, sentence: Span): StatedChain[] {
  const { ctx } = lookups;
  const chains: StatedChain[] = [];
  // 王海涛(Tom)升任…: the predicate may follow a second name in brackets; 王海涛和李建国升任…: the last joined name.
  const first = predicateAfterName(lookups, { start: name.start, end: pastSecondName(ctx.text, name.end) }, sentence.start)
    ?? sharedPredicate(lookups, name, sentence.start);
  if (!first) return chains;
  let { at } = first;
  let predicate: string | undefined = first.predicate;
  // The words passed over on the way to the first predicate count for its status (X此前担任…, X此前作为…),
  // and so does a short opening of the clause (此前，X为…).
  const opening = name.start - sentence.start <= OPENING_REACH ? ctx.text.slice(sentence.start, name.start) : '';
  let gap = opening + ctx.text.slice(name.end, at);
  let former = first.former ?? false;
  let next: ReturnType<typeof nextClause> = { at, predicate };
  for (let isFirst = true; next; isFirst = false) {
    const chain = next.chain ?? titleChainAfter(lookups, next.at + next.predicate!.length, sentence.end);
    if (next.predicate !== undefined) former = (isFirst && first.former) || ctx.dictionary.formerPost.test(gap + next.predicate);
    const counted = counts(lookups, chain, first, isFirst);
    chains.push({ chain: counted ? chain : [], status: former ? 'former' : undefined, given: first.joined });
    gap = '';
    if (!chain.length || !counted) break;
    next = nextClause(lookups, chain.at(-1)!.title.end, sentence.end);
  }
  return chains;
}
