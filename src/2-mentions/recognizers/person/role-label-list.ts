import { kindToSubtype } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * 责编：余力 何紫薇: names listed after a role label (a title of the dictionary and a colon) on a line
 * of their own, separated by spaces, are officials of the label's kind.
 */
export function roleLabelLists(scan: PersonScan): void {
  const { text, dict } = scan;
  for (const m of text.matchAll(/(?:^|\n)([\p{Script=Han}]{2,4})[：:]\s*((?:[\p{Script=Han}·]{2,6}[ \u3000]+)+[\p{Script=Han}·]{2,6})\s*(?=\n|$)/gu)) {
    if (!dict.titleKind.has(m[1]!)) continue;
    let at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    for (const part of m[2]!.split(/[ \u3000]+/)) {
      const start = text.indexOf(part, at);
      scan.push({ start, end: start + part.length }, true, kindToSubtype(dict.titleKind.get(m[1]!)));
      at = start + part.length;
    }
  }
}
