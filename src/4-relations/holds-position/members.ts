import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationCandidate } from '../index.js';
import { fact, isOrg, type SentenceView } from '../sentence-view.js';
import type { PositionLookups } from './lookups.js';

/** The title of the people a body is composed of (执行委员会由A、B组成). */
const MEMBER = '成员';

/** The people of `view` from `from` to `to`, as members of `org` with `title` (written at `titleAt`, if it is). */
function membersBetween(view: SentenceView, people: ResolvedMention[], org: ResolvedMention, from: number, to: number, title: string, titleAt?: number): RelationCandidate[] {
  const titleSpan = titleAt === undefined ? undefined : { start: titleAt, end: titleAt + title.length };
  return people
    .filter((p) => p.candidate.start >= from && p.candidate.end <= to)
    .map((p) => fact('holds_position', p, org, view, { title, ...(titleSpan ? { titleSpan } : {}) }));
}

/**
 * The members of a body named in the sentence: 大文娱工作领导小组成员为：A、B；C (each person listed to the
 * sentence's end holds 成员, or the word used: 委员), 执行委员会由A、B、C组成 (each person up to 组成). The
 * people keep the posts their own titles give them.
 */
export function memberFacts({ ctx }: PositionLookups, view: SentenceView, people: ResolvedMention[]): RelationCandidate[] {
  const { dictionary: dict, text } = ctx;
  const out: RelationCandidate[] = [];
  // Only the sentence's people can be members: without any, no body's list is worth reading.
  if (!people.length) return out;
  const end = view.sentence.end;
  for (const org of view.mentions.filter(isOrg)) {
    const at = org.candidate.end;
    const opener = dict.compositionOpener.exec(text.slice(at, at + 2))?.[0];
    if (opener !== undefined) {
      const verb = dict.compositionVerb.exec(text.slice(at, end));
      if (verb) out.push(...membersBetween(view, people, org, at, at + verb.index, MEMBER));
      continue;
    }
    const of = text[at] === '的' ? 1 : 0;
    const word = dict.memberWord.exec(text.slice(at + of, at + of + 4))?.[0];
    const verb = word === undefined ? undefined : dict.memberListVerb.exec(text.slice(at + of + word.length, at + of + word.length + 3))?.[0];
    if (word !== undefined && verb !== undefined) out.push(...membersBetween(view, people, org, at + of + word.length + verb.length, end, word, at + of));
  }
  return out;
}
