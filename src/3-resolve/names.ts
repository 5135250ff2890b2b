import type { CompiledDictionary } from '../dictionary/compile.js';

/** A company's legal form at the end of its name (公司, 有限公司, 股份有限公司, 有限责任公司). */
export const LEGAL_FORM_END = /(?:股份)?(?:有限(?:责任)?)?公司$/u;

/** `name` without a place of one of `kinds` at its front (2 to `max` characters), keeping at least 4 characters. */
export function withoutLeadingPlace(dict: CompiledDictionary, name: string, max: number, kinds: readonly string[]): string {
  for (let n = Math.min(max, name.length - 4); n >= 2; n--) if (kinds.includes(dict.places.get(name.slice(0, n))?.kind ?? '')) return name.slice(n);
  return name;
}

/** A state's formal name and its country are one (科特迪瓦共和国通讯部, 科特迪瓦通讯部): `name` without the formal part. */
export const stateless = (dict: CompiledDictionary, name: string): string => name.replace(dict.stateTailInside, '');

/** The endings of `name` from `min` characters up (all of them with `inclusive`, else only proper ones). */
export function tails(name: string, min: number, inclusive = false): string[] {
  const out: string[] = [];
  for (let n = min; n < name.length + (inclusive ? 1 : 0); n++) out.push(name.slice(name.length - n));
  return out;
}

/** Whether the characters of `short` occur in `long` in the same order. */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
