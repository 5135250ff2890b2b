import { chineseNameAt, kindToSubtype } from '../person-names.js';
import type { PersonScan } from './scan.js';

/**
 * A role label (a title of the dictionary and a colon) and the names after it, separated by spaces: on a line
 * of its own (责编：余力 何紫薇), or among a page's other fields, opened by |, 【 or a bracket and closed by one,
 * by the line's end or by the next label (编辑：王海涛 | 来源：…, 【编辑：王海涛】, 编辑：王海涛 责任编辑：李文彬).
 */
const LABELLED_NAMES = /(?:^|\n|[|｜【(（ \u3000])([\p{Script=Han}]{2,4})[：:][ \u3000]*((?:[\p{Script=Han}·]{2,6}[ \u3000]+)*[\p{Script=Han}·]{2,6})(?=[ \u3000]*(?:\n|$|[|｜】)）])|[ \u3000]+[\p{Script=Han}]{2,4}[：:])/gu;

/**
 * Names listed after a role label are officials of the label's kind. Two or more are a list of names as
 * they stand; one alone is a name only where it reads as a Chinese name in full (编辑：本网 is none).
 */
export function roleLabelLists(scan: PersonScan): void {
  const { text, dict, tokens } = scan;
  for (const m of text.matchAll(LABELLED_NAMES)) {
    if (!dict.titleKind.has(m[1]!)) continue;
    const parts = m[2]!.split(/[ \u3000]+/);
    let at = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    if (parts.length === 1 && chineseNameAt(text, at, dict, tokens)?.end !== at + parts[0]!.length) continue;
    for (const part of parts) {
      const start = text.indexOf(part, at);
      scan.push({ start, end: start + part.length }, true, kindToSubtype(dict.titleKind.get(m[1]!)));
      at = start + part.length;
    }
  }
}
