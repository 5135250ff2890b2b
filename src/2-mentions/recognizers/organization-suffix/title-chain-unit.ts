import type { Token } from '../../../types.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import type { SuffixContext } from './context.js';

/** The committee's own short name that its departments are named after (中共辽宁省委 → 中共辽宁省委组织部). */
function departmentPrefix(dict: RecognizerContext['dictionary'], parent: string): string {
  const entry = dict.organizationByName.get(parent);
  const party = [parent, ...(entry?.aliases ?? [])].filter((n) => /^中共.+委$/u.test(n)).sort((a, b) => a.length - b.length)[0];
  return party ?? parent;
}

/**
 * A department or committee right after 、 in a title chain that began with its parent (辽宁省委常委、组织部部长,
 * 全国政协常委、文化文史和学习委员会副主任): it is the parent's own.
 */
export function unitAfterTitleChain(sc: SuffixContext, start: number, end: number): Candidate | undefined {
  const { text, dictionary: dict } = sc.ctx;
  if (text[start - 1] !== '、' || !sc.titles.startingAt(end).length) return undefined;
  const title = sc.titles.endingAt(start - 1)[0];
  const parent = title && sc.known.endingAt(title.start)[0];
  const word = text.slice(start, end);
  // Only the departments and committees of a party committee, a people's congress or a political consultative
  // conference are written this way; a body in its own right (外交部) is not one.
  if (!parent || !/^(?:中国共产党|中共)|政协|人大/u.test(parent.name) || dict.organizationBySurface.has(word)) return undefined;
  return { kind: 'organization', start, end, name: departmentPrefix(dict, parent.name) + word, subtype: 'government', parent: parent.name, priority: 12, by: 'organization-suffix' };
}

/** 辽宁省委常委、组织部部长: a department (a word of at most 4 characters, with the ending `cue`) named after its committee's title belongs to that committee. */
export function departmentAfterTitleChain(sc: SuffixContext, tok: Token, cue: string): Candidate | undefined {
  if (sc.ctx.text[tok.start - 1] !== '、' || tok.word.length > 4 || !tok.word.endsWith(cue)) return undefined;
  return unitAfterTitleChain(sc, tok.start, tok.end);
}

/**
 * 全国政协常委、文化文史和学习委员会副主任: a committee named after its parent's title, whatever its words (the
 * ending at `suffixStart`…`end`). 天津市委宣传部部长、宜昌传媒集团总经理: a name with a place of its own is an
 * organization of its own, and so is one of the place's own level (省委宣传部副部长、省广播电视局局长), unless it
 * is its committee (省委…).
 */
export function committeeAfterTitleChain(sc: SuffixContext, suffixStart: number, end: number): Candidate | undefined {
  const { text, dictionary: dict } = sc.ctx;
  // Look back at most 13 characters (never to the start of the text: that is quadratic on a text without 、).
  let listed = -1;
  for (let i = suffixStart - 1; i >= Math.max(0, suffixStart - 13) && listed < 0; i--) if (text[i] === '、') listed = i;
  if (listed < 0) return undefined;
  const listedName = text.slice(listed + 1, suffixStart);
  if (!/^\p{Script=Han}+$/u.test(listedName) || sc.places.within(listed + 1, suffixStart).length > 0 || dict.ownPlaceLevel.test(listedName)) return undefined;
  return unitAfterTitleChain(sc, listed + 1, end);
}
