import { anchoredMatches } from '../../anchored.js';
import { foreignNameAt, isNamePart } from '../person-names.js';
import type { PersonScan } from './scan.js';

/** 丹尼斯·霍珀: a middle dot between two Chinese characters. */
const HAN_DOT = /(?<=\p{Script=Han})[·•](?=\p{Script=Han})/uy;
const DOT = /[·•]/g;

/**
 * 丹尼斯·霍珀: transliterated given and family names joined by a middle dot, read token by token each way,
 * where no rule before named anyone.
 */
export function middleDotNames(scan: PersonScan): void {
  const { text, dict, tokens, named } = scan;
  for (const m of anchoredMatches(text, DOT, HAN_DOT, 0, 0)) {
    const dot = m.index;
    if (named.overlaps(dot, dot + 1)) continue;
    let start = dot;
    for (let tok = tokens.endingAt(dot); tok && dot - tok.start <= 5 && isNamePart(tok, dict); tok = tokens.endingAt(tok.start)) start = tok.start;
    const after = foreignNameAt(text, dot + 1, tokens, dict);
    if (start < dot && after) scan.push({ start, end: after.end }, false);
  }
}
