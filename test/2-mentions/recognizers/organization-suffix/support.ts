/** A recognizer context as organization-suffix sees it: after the recognizers that run before it. */
import { createExtractor } from '../../../../src/5-extract/extractor.js';
import type { Recognizer, RecognizerContext } from '../../../../src/2-mentions/recognizer.js';
import { defaultRecognizers, organizationSuffix } from '../../../../src/2-mentions/recognizers/index.js';
import { suffixContext, type SuffixContext } from '../../../../src/2-mentions/recognizers/organization-suffix/context.js';

let captured: RecognizerContext | undefined;
const capture: Recognizer = { name: 'capture', recognize: (ctx) => { captured = ctx; return []; } };
const before = defaultRecognizers.slice(0, defaultRecognizers.indexOf(organizationSuffix));
const extractor = createExtractor({ recognizers: [...before, capture] });

/** The context of `text` for the organization-suffix strategies. */
export function contextOf(text: string): SuffixContext {
  extractor.extract(text);
  return suffixContext(captured!, organizationSuffix.name);
}

/** Index of the token ending at `end` (throws when the cut puts none there). */
export function tokenEndingAt(sc: SuffixContext, end: number): number {
  const ti = sc.ctx.tokenEndingAt.get(end);
  if (ti === undefined) throw new Error(`no token ends at ${end} of ${sc.ctx.tokens.map((t) => `${t.word}/${t.tag}`).join(' ')}`);
  return ti;
}

/** The offset right after the first `word` of `text`. */
export const endOf = (text: string, word: string): number => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`${word} is not in ${text}`);
  return at + word.length;
};
