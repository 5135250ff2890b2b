/**
 * Text that XML can carry. Markup escaping is the XML writer's job; this removes what no escaping
 * can represent in XML 1.0: control characters other than tab, line feed and carriage return,
 * U+FFFE/U+FFFF, and unpaired UTF-16 surrogates.
 */

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** `text` made safe for an XML id attribute: forbidden characters dropped, tab/CR/LF turned into spaces. */
export function xmlSafeId(text: string): string {
  return xmlSafe(text).replace(/[\t\n\r]/g, ' ');
}
