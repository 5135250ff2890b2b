/**
 * jieba's part-of-speech tags that a given name may carry, for the rules that decide where a name ends
 * (the term scan of the tokenizer and the person recognizer read them alike).
 */

/** A word of two characters: a name, or a word jieba had to guess. */
export const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** A lone character (永/ns, 悦/nz): noun-like tags too; adverbs (亦/d), particles, verbs, numbers and directions never. */
export const GIVEN_CHAR_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'nrt', 'x', 'n', 'ng', 'ns', 'nz', 'a', 'ag', 'j']);
