import { normalizeSurface } from '../../dictionary/compile.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';

/** What an outlet's name is made of: Han, Latin letters and digits (达志影像, CFP, 36氪). */
const NAME = /^[\p{Script=Han}A-Za-z0-9]{2,12}$/u;
/** What separates two outlets credited together (图/达志影像/美联社). */
const SEPARATOR = /[/／]/u;

/** A periodical's name before its issue at the start of a line (博客天下 2009年13期); global. */
const ISSUE = /(?:^|\n)[ \t]*([\p{Script=Han}A-Za-z]{2,10})[ \t]*\d{4}年第?\d{1,3}期/gu;

/**
 * Outlets a text credits as its source: after a label (来源：X, 图/X/Y, each part of a slashed credit), a
 * periodical's name before its issue at the start of a line (X 2009年13期), an outlet opening a dateline
 * (X讯 6月15日, X消息（记者…）). SCHEMA keys a credited outlet as an organization. The name stops at a word
 * that closes it on its line (X发布于…, grammar.json creditNameEnds); a place, a generic word (本报) or a
 * name the dictionary already found there is left alone; a body's own channel (广电总局网站) credits the body.
 */
export const sourceCredits: Recognizer = {
  name: 'source-credits',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, dictionary: dict } = ctx;
    const out: Candidate[] = [];
    const add = (start: number, surface: string) => {
      const cut = surface.search(dict.creditNameEnd);
      const name = cut >= 0 ? surface.slice(0, cut) : surface;
      const end = start + name.length;
      if (!NAME.test(name) || /^\d+$/u.test(name) || dict.places.has(name) || dict.generic.has(name)) return;
      if (ctx.candidates.some((c) => c.kind === 'organization' && c.start <= start && end <= c.end)) return;
      // 来源：广电总局网站: the body's own website credits the body, named by the words before it.
      const channel = name.match(dict.outletChannelWord);
      if (channel) {
        const owner = dict.organizationBySurface.get(normalizeSurface(name.slice(0, channel.index)));
        if (owner) out.push({ kind: 'organization', start, end: start + channel.index!, name: owner.name, subtype: owner.subtype, parent: owner.parent, priority: 11, by: 'source-credits' });
        return;
      }
      out.push({ kind: 'organization', start, end, name, subtype: 'other', priority: 11, by: 'source-credits' });
    };
    for (const m of text.matchAll(dict.sourceLabel)) {
      let at = m.index + m[0].length - m[1]!.length;
      for (const part of m[1]!.split(SEPARATOR)) { add(at, part); at += part.length + 1; }
    }
    for (const m of text.matchAll(ISSUE)) add(m.index + m[0].indexOf(m[1]!), m[1]!);
    for (const m of text.matchAll(dict.dateline)) add(m.index + m[0].indexOf(m[1]!), m[1]!);
    return out;
  },
};
