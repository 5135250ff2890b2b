/**
 * Escaping for the two places the HTML exporter puts data into markup.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const SCRIPT_JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialise `value` as JSON that is safe as the content of a `<script type="application/json">`
 * element: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX` escapes, so no string in the data can
 * close the element (`</script>`), open a comment (`<!--`) or break a line. The result is still
 * valid JSON and `JSON.parse` returns the original value.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('shiting-kg: html export: value is not JSON-serialisable');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_JSON_ESCAPES[c] ?? c);
}
