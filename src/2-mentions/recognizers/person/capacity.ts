import { postAfterJoining } from '../../appointment.js';
import type { PersonScan } from './scan.js';

/**
 * X作为星澜影业的总经理 / X加入星澜影业，担任总经理: a capacity (作为, 身为) or a joining (加入, 加盟) makes the
 * name before it an official only with an organization after it, and a title after that (alone they
 * are too common: 作为代表, 作为嘉宾).
 */
export function namesBeforeCapacity(scan: PersonScan): void {
  const { text, dict, ctx, titleStarts } = scan;
  const orgEndByStart = new Map<number, number>();
  for (const c of ctx.candidates) if (c.kind === 'organization') orgEndByStart.set(c.start, Math.max(orgEndByStart.get(c.start) ?? 0, c.end));
  // 作为星澜影业(的)总经理: the organization, then its title.
  const orgThenTitle = (at: number) => {
    const end = orgEndByStart.get(at);
    return end !== undefined && (titleStarts.has(end) || (text[end] === '的' && titleStarts.has(end + 1)));
  };
  // 加入星澜影业，担任总经理: the organization, then a predicate of a post, then the title.
  const joinedThenPost = (at: number) => {
    const end = orgEndByStart.get(at);
    const post = end === undefined ? undefined : postAfterJoining(dict, text, end);
    return post !== undefined && titleStarts.has(post.at + post.predicate.length);
  };
  for (const [pattern, postAfter] of [[dict.capacity, orgThenTitle], [dict.joining, joinedThenPost]] as const) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'gu'))) {
      if (!ctx.tokenStartingAt.has(m.index) || !postAfter(m.index + m[0].length)) continue;
      const beforeName = scan.nameBeforePredicate(m.index);
      if (beforeName) scan.push(beforeName, true);
    }
  }
}
