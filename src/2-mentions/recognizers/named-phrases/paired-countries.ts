import type { RecognizerContext } from '../../recognizer.js';

/**
 * The start of a name that opens with a pair of countries (中俄人文合作委员会…会议, 中葡…合作计划): jieba
 * may split 中 off as a locative (中|俄), where a name ends, but the pair belongs to the name. `start` is
 * where the name found so far begins (at the second country's one-character abbreviation); returned
 * unchanged otherwise, and when the character is the start of the country's full name (会议中俄罗斯…: in).
 */
export function pairedCountriesStart(ctx: RecognizerContext, start: number): number {
  if (start < 1 || ctx.text[start - 1] !== '中') return start;
  const country = ctx.dictionary.countryByAbbreviation.get(ctx.text[start] ?? '');
  if (!country || ctx.text.startsWith(country.name, start)) return start;
  return start - 1;
}
