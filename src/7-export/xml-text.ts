/**
 * Text that XML can carry. Markup escaping is the XML writer's job; this removes what no escaping
 * can represent in XML 1.0: control characters other than tab, line feed and carriage return,
 * U+FFFE/U+FFFF, and unpaired UTF-16 surrogates.
 */
import { withoutUnsafeCharacters } from '../io/unsafe-characters.js';

/** `text` without the characters XML 1.0 forbids. */
export const xmlSafe = withoutUnsafeCharacters;

/** `text` made safe for an XML id attribute: forbidden characters dropped, tab/CR/LF turned into spaces. */
export function xmlSafeId(text: string): string {
  return xmlSafe(text).replace(/[\t\n\r]/g, ' ');
}
