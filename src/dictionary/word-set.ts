/**
 * A Set of words that first checks a word's first UTF-16 unit against a flag table: recognizers ask
 * it about every token of a text, almost all of which start with no listed word's first character,
 * and a flag read is cheaper than hashing a fresh string.
 */
export class WordSet extends Set<string> {
  private readonly firstUnits: Uint8Array;

  // Set's constructor calls add() before a subclass's fields exist: the flags come first, then the words.
  constructor(words: Iterable<string> = []) {
    super();
    this.firstUnits = new Uint8Array(0x10000);
    for (const word of words) this.add(word);
  }

  override add(word: string): this {
    if (word.length > 0) this.firstUnits[word.charCodeAt(0)] = 1;
    return super.add(word);
  }

  override has(word: string): boolean {
    // The empty string has no first unit: NaN indexes no flag, so ask the Set itself.
    return (word.length === 0 || this.firstUnits[word.charCodeAt(0)] === 1) && super.has(word);
  }
}
