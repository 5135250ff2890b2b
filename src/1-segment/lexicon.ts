/**
 * What a word is, for the rules: `isWord` (jieba segments the string as one word) and `posTag` (the tag
 * jieba's `tag()` gives it). jieba keeps one dictionary per process, holding its own words and the
 * bundled dictionary's; a dictionary's further words (a user's organizations, titles, cues) are not
 * added to it but kept in the lexicon of the extractor that has them, so no extractor changes what
 * another reads. Those words reach the tokens through the term scan, which protects them as tokens.
 */
import { posTag as jiebaPosTag } from './pos-lexicon.js';
import { isWord as jiebaIsWord } from './tokenizer.js';

export interface Lexicon {
  /** Whether `s` is one word (jieba's dictionary, the bundled words, this lexicon's own). */
  isWord(s: string): boolean;
  /** The part-of-speech tag of a word (this lexicon's own tag first, else jieba's). */
  posTag(word: string): string;
}

/** jieba's dictionary with the bundled dictionary's words: what every extractor shares. */
export const sharedLexicon: Lexicon = { isWord: jiebaIsWord, posTag: jiebaPosTag };

/** The shared lexicon plus `words` of one dictionary (each with its tag; a later entry wins, as jieba's insertWord). */
export function lexiconWith(words: Iterable<{ word: string; tag: string }>, base: Lexicon = sharedLexicon): Lexicon {
  const tags = new Map<string, string>();
  for (const { word, tag } of words) if (word !== '' && !/\s/.test(word)) tags.set(word, tag);
  if (tags.size === 0) return base;
  return {
    isWord: (s) => tags.has(s) || base.isWord(s),
    posTag: (word) => tags.get(word) ?? base.posTag(word),
  };
}
