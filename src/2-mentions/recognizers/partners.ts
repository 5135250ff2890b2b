import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';
import { Coverage } from '../span-index.js';

/** What joins two parties: 和, 与, 同, 、. */
const JOIN = /^(?:和|与|同|、)$/u;
/** Tags of a word that may name an organization nobody introduced; not jieba's person tags (芒果TV与张华签署: a person signs). */
const PARTY_TAGS = new Set(['n', 'nz', 'nt', 'x', 'j', 'eng']);

/**
 * Organizations by the company they keep: the other party of a known organization in a joint act
 * (芒果TV与星澜达成合作, 星澜和芒果TV签署…) is an organization. One jieba word of two to four characters
 * (six Latin letters), on either side of the known one, that jieba does not read as a person's name.
 */
export const partners: Recognizer = {
  name: 'partners',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, tokens, dictionary: dict } = ctx;
    // Between the second party and the joint act: a venue, an adverb (智谱和荣耀在北京正式签署; the grammar's jointAct… lists).
    const beforeAct = dict.beforeJointAct;
    const out: Candidate[] = [];
    const taken = new Coverage(text.length);
    const known: Candidate[] = [];
    for (const c of ctx.candidates) {
      taken.mark(c.start, c.end);
      if (c.kind === 'organization' && !c.shortForm) known.push(c);
    }
    const party = (i: number | undefined) => {
      const t = i === undefined ? undefined : tokens[i];
      if (!t || !PARTY_TAGS.has(t.tag) || !/^[\p{Script=Han}A-Za-z]{2,6}$/u.test(t.word) || (t.word.length > 4 && /\p{Script=Han}/u.test(t.word))) return undefined;
      if (taken.overlaps(t.start, t.end) || dict.places.has(t.word) || dict.titleKind.has(t.word) || dict.generic.has(t.word) || dict.notNames.has(t.word)
        || dict.predicates.has(t.word) || dict.nameStopWords.has(t.word) || dict.organizationSuffixes.has(t.word)) return undefined;
      return t;
    };
    const push = (t: { start: number; end: number; word: string }) => {
      taken.mark(t.start, t.end);
      out.push({ kind: 'organization', start: t.start, end: t.end, name: t.word, subtype: 'other', priority: 3, by: this.name });
    };
    for (const k of known) {
      // K和X签署: the word after the join, then the act.
      if (JOIN.test(text[k.end] ?? '')) {
        const x = party(ctx.tokenStartingAt.get(k.end + 1));
        if (x && beforeAct.test(text.slice(x.end, x.end + 16))) push(x);
      }
      // X和K签署: the word before the join, and the act after K.
      if (JOIN.test(text[k.start - 1] ?? '') && beforeAct.test(text.slice(k.end, k.end + 16))) {
        const x = party(ctx.tokenEndingAt.get(k.start - 1));
        // The word must open its clause: 报道称智谱… is no party.
        if (x && /^(?:[，。；：！？“”（）\n\s]|)$/u.test(text[x.start - 1] ?? '')) push(x);
      }
    }
    return out;
  },
};
