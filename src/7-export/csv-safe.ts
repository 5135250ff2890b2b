/**
 * Protection against CSV (formula) injection: a spreadsheet runs a cell starting with `=`, `+`,
 * `-`, `@`, tab or carriage return as a formula. Such text cells get a leading single quote, which
 * spreadsheets show as plain text (OWASP's recommendation).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a leading `'` when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
