import type { ResolvedMention } from '../../3-resolve/entities.js';

/** What joins the titles of one list (their marks 《》 aside): nothing (《甲》《乙》), 、 和 与 及 以及 or a space. */
const LIST_JOINT = /^》?(?:、|和|与|及|以及|\s)?《?$/u;

/**
 * The named things listed together with `first`: one verb acts on all of them (推出了《甲》《乙》《丙》,
 * 《甲》、《乙》等由X制作的…). `direction` 1 walks on after `first` (objects after the verb), -1 back
 * before it (objects before a verb-final clause). `objects` are in text order.
 */
export function objectRun(text: string, objects: readonly ResolvedMention[], first: ResolvedMention, direction: 1 | -1): ResolvedMention[] {
  const run = [first];
  let at = objects.indexOf(first);
  for (let i = at + direction; i >= 0 && i < objects.length; i += direction) {
    const next = objects[i]!;
    const [left, right] = direction === 1 ? [objects[at]!, next] : [next, objects[at]!];
    if (right.candidate.start < left.candidate.end) continue; // a title inside another
    if (!LIST_JOINT.test(text.slice(left.candidate.end, right.candidate.start))) break;
    run.push(next);
    at = i;
  }
  return run;
}
