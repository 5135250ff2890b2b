/**
 * Characters no name should carry: the control characters and non-characters XML 1.0 forbids
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) and lone UTF-16 surrogates. They are
 * kept in the text and its offsets, never in entity names, so names (and the keys made of them) are
 * the same in every export format.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The same characters, tested once (no state between calls). */
const HAS_UNSAFE = new RegExp(UNSAFE.source);

/** `text` without the characters XML 1.0 forbids (control characters, non-characters, lone surrogates). */
export function withoutUnsafeCharacters(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, '') : text;
}
