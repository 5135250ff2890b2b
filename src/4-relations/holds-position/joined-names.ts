import type { Span } from '../../2-mentions/span-index.js';
import type { PositionLookups } from './lookups.js';
import { pastSecondName } from './post-words.js';

/** How many names joined after the first are followed (王海涛、李建国和张明升任…). */
const MAX_JOINED = 8;

/**
 * The last of the officials joined to the name `name` by 和, 与 or 、 (王海涛和李建国升任联席总裁: 李建国),
 * whose predicate the names share; `name` itself when none is joined to it. A second name in brackets
 * may follow each (王海涛(Tom)和李建国…).
 */
export function lastJoinedName({ ctx, people }: PositionLookups, name: Span): Span {
  let last = name;
  for (let k = 0; k < MAX_JOINED; k++) {
    const at = pastSecondName(ctx.text, last.end);
    const joiner = ctx.dictionary.nameJoiner.exec(ctx.text.slice(at, at + 2))?.[0];
    const next = joiner === undefined ? undefined : people.startingAt(at + joiner.length)[0];
    if (!next) return last;
    last = next;
  }
  return last;
}
