import type { PersonScan } from './scan.js';

/** What ends the clause of a removal: its posts are named before it. */
const CLAUSE_END = /[，,；;。！？\n]/u;

/**
 * 免去王海涛的星澜广播电视台台长职务, 免去王海涛同志…职务: the name after a verb of removal (grammar.json
 * removalVerbs) is an official when its clause ends on a word of post (职务, 一职): the removal alone
 * (免去费用) names nobody.
 */
export function namesAfterRemoval(scan: PersonScan): void {
  const { dict, ctx } = scan;
  for (const tok of ctx.tokens) {
    if (dict.removalVerb.exec(tok.word)?.[0] !== tok.word) continue;
    const s = nameClosedBy(scan, tok.end);
    if (!s) continue;
    if (closedByPost(scan, s.end)) scan.push(s, true);
  }
}

/** The name after the verb, closed by 的 or a word of address (王海涛的…, 王海涛同志…). */
function nameClosedBy(scan: PersonScan, at: number) {
  return scan.nameClosedAt(at, (stop) => scan.text[stop] === '的' || scan.pastHonorific(stop) > stop);
}

/** Whether the clause after the name ends on a word of post (…副部长职务；): the posts it names are the name's. */
function closedByPost({ text, dict }: PersonScan, from: number): boolean {
  const clause = text.slice(from, from + 40).split(CLAUSE_END, 1)[0]!;
  for (let at = clause.length - 2; at > 0; at--) {
    const word = dict.postWordAfter.exec(clause.slice(at))?.[0];
    if (word && at + word.length === clause.length) return true;
  }
  return false;
}
