/**
 * Stage 2 as one step: the recognizers, in order, over a segmented document. Each recognizer reads the
 * candidates of those before it (`ctx.candidates`), so the order of the list is part of the rules.
 */
import { sharedLexicon, type Lexicon } from '../1-segment/lexicon.js';
import type { SegmentedDocument } from '../1-segment/segment-document.js';
import type { CompiledDictionary } from '../dictionary/compile.js';
import { withoutUnsafeCharacters } from '../io/unsafe-characters.js';
import { each } from './each.js';
import type { Candidate, Recognizer, RecognizerContext } from './recognizer.js';
import { indexContaining } from './span-index.js';

/** The context recognizers (and, extended, relation rules) read for one document. */
export function mentionContext(doc: SegmentedDocument, dictionary: CompiledDictionary, lexicon: Lexicon = sharedLexicon): RecognizerContext {
  const { normalized, tokens, sentences, tokenStartingAt, tokenEndingAt } = doc;
  return {
    text: normalized.text, normalized, tokens, sentences, dictionary, lexicon,
    candidates: [], tokenStartingAt, tokenEndingAt,
    sentenceAt: (offset) => sentences[indexContaining(sentences, offset)],
  };
}

/** Runs the recognizers in order and returns every candidate they found (`ctx.candidates`, filled here). */
export function recognizeMentions(ctx: RecognizerContext, recognizers: readonly Recognizer[]): Candidate[] {
  const candidates = ctx.candidates as Candidate[];
  // One push per candidate: push(...list) overflows the stack on a list of a few hundred thousand (1 MB of 局长).
  // A name never carries a control character (《庆\u0001余年》 is 庆余年): the mention's text keeps it.
  const add = (c: Candidate) => {
    const name = withoutUnsafeCharacters(c.name);
    if (name === c.name) candidates.push(c);
    else if (name.trim() !== '') candidates.push({ ...c, name });
  };
  for (const r of recognizers) each(r.recognize(ctx), add);
  return candidates;
}
