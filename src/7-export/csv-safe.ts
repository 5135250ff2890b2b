/**
 * Protection against CSV (formula) injection: a spreadsheet runs a cell starting with `=`, `+`,
 * `-`, `@`, tab or carriage return as a formula — also after leading spaces, and in their full-width
 * forms (＝ ＋ － ＠), which some spreadsheets read as the ASCII ones. Such text cells get a leading
 * single quote, which spreadsheets show as plain text (OWASP's recommendation).
 */

const FORMULA_START = /^[\s\u3000]*[=+\-@＝＋－＠\t\r]/u;

/** `text` with a leading `'` when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
