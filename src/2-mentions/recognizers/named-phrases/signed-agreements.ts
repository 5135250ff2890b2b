import { SpanIndex } from '../../span-index.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { clean } from './clean-name.js';

/** Words that refer to agreements rather than name one (双方, 该, 多项): no party can name what follows them. */
const REFERRING = '双边|双方|多边|三方|相关|有关|该|此|这份|这项|多项|系列';
const REFERS_TO_AGREEMENT = new RegExp(`^(?:${REFERRING})`, 'u');
const GENERIC_AGREEMENT = new RegExp(`^(?:${REFERRING}|一份|一项)?(?:(?:战略)?合作(?:谅解)?)?(?:协议|协议书|合同|备忘录|框架协议)$`, 'u');

const CLAUSE_END = new Set([...'，,。；;！？\n：:']);
/** What may stand between the second party and 签署: a place, then adverbs (在北京正式, 共同). */
const SIGNING_GAP = /^(?:在[^，。；\n]{1,12}?)?(?:正式|共同|现场|顺利|还|也)*$/u;

/**
 * The two organizations that sign, when the clause before 签署 is theirs:
 * A与B签署, A和B在北京正式签署, A同B共同签署. Undefined for any other subject (one party, people, a list).
 */
export function signingParties(ctx: RecognizerContext, orgs: SpanIndex<Candidate>, verbAt: number): [Candidate, Candidate] | undefined {
  const { text } = ctx;
  // The clause, read back at most 80 characters (a text without punctuation must not make this quadratic).
  let from = verbAt;
  while (from > 0 && verbAt - from < 80 && !CLAUSE_END.has(text[from - 1]!)) from--;
  if (from > 0 && !CLAUSE_END.has(text[from - 1]!)) return undefined;
  // The outermost organizations of the clause, in order (a dictionary name may also hold a shorter one).
  const found: Candidate[] = [];
  for (const c of orgs.within(from, verbAt).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (found.length === 0 || c.start >= found.at(-1)!.end) found.push(c);
  }
  if (found.length !== 2) return undefined;
  const [a, b] = found as [Candidate, Candidate];
  if (!/^(?:与|和|同)$/u.test(text.slice(a.end, b.start)) || !SIGNING_GAP.test(text.slice(b.end, verbAt))) return undefined;
  // 9月5日A与B签署, 近日A与B签署: a date or a word of time may open the clause.
  if (!ctx.dictionary.signingOpening.test(text.slice(from, a.start))) return undefined;
  return [a, b];
}

/**
 * Agreements described after 签署 / 签订 (签署AI大模型技术联合实验室战略合作协议): the clause after the
 * verb up to the agreement cue that ends last (the longer at the same end).
 */
export function signedAgreements(ctx: RecognizerContext, by: string): Candidate[] {
  const { text, dictionary: dict } = ctx;
  const out: Candidate[] = [];
  const orgs = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization'));
  for (const m of text.matchAll(/签(?:署|订)了?/gu)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 50);
    if (rest.startsWith('《')) continue;
    const stop = rest.search(/[，,。；;！？\n《]/u);
    const clause = stop >= 0 ? rest.slice(0, stop) : rest;
    let best: { cue: string; value: string; at: number } | undefined;
    for (const [cue, value] of dict.agreementCues) {
      const at = clause.indexOf(cue);
      if (at >= 0 && (!best || at + cue.length > best.at + best.cue.length || (at + cue.length === best.at + best.cue.length && cue.length > best.cue.length))) best = { cue, value, at };
    }
    if (!best) continue;
    // 签署了5个合作协议, 签订了1个…协议: a count names no agreement; the one counted may be named by its parties.
    const count = dict.programmeCount.exec(clause)?.[0] ?? '';
    const name = clause.slice(count.length, best.at + best.cue.length);
    const start = from + count.length;
    const end = start + name.length;
    // 智谱和荣耀签署AI大模型…战略合作协议 (no title of its own): the agreement is named after its two parties.
    const parties = REFERS_TO_AGREEMENT.test(name) ? undefined : signingParties(ctx, orgs, m.index);
    if (parties) {
      // Named after the parties as the text writes them (中央电视台与…协议 in a text that says 中央电视台); their
      // full names find the agreement named in full elsewhere (short-forms).
      const [a, b] = parties.map((p) => text.slice(p.start, p.end)) as [string, string];
      out.push({ kind: 'agreement', start, end, name: `${a}与${b}${clean(name)}`, subtype: best.value, priority: 7, by, shortForm: true, parties: [parties[0].name, parties[1].name] });
      continue;
    }
    if (count) continue;
    const generic = GENERIC_AGREEMENT.test(name);
    out.push({ kind: 'agreement', start, end, name: clean(name), subtype: best.value, priority: generic ? 4 : 7, by, shortForm: generic });
  }
  return out;
}
