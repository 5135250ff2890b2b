/** Escapes the characters a RegExp reads as syntax, so a word of a list matches itself. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching any of `words`, the longest first (联合出品 before 出品); matches nothing when empty.
 * `prefix` and `suffix` are pattern text around the group (`^`, `$`, a word that may precede).
 */
export function alternation(words: readonly string[], flags = 'gu', prefix = '', suffix = ''): RegExp {
  return alternationInOrder([...new Set(words)].sort((a, b) => b.length - a.length), flags, prefix, suffix);
}

/** A pattern matching any of `words`, tried in the list's own order (the data's order of preference); matches nothing when empty. */
export function alternationInOrder(words: readonly string[], flags = 'gu', prefix = '', suffix = ''): RegExp {
  const escaped = words.map(escapeRegExp);
  return new RegExp(`${prefix}(?:${escaped.length ? escaped.join('|') : '(?!)'})${suffix}`, flags);
}

/** The characters of `chars` escaped for a character class (`[…]`), where only \ ] ^ - are syntax. */
export const charClass = (chars: string): string => chars.replace(/[\]\\^-]/g, '\\$&');
