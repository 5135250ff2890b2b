import type { Candidate } from '../../recognizer.js';
import type { SuffixContext } from './context.js';

/** What joins the places of a list (北京、福建和河南省广电局). */
const JOIN = /^[、和与及]$/u;

/**
 * The dictionary's body of `place` with the ending `rest` (北京 + 广电局 → 北京市广播电视局): the place as
 * written, or with a level after it (grammar.json placeLevels; the level the last place of the list was
 * written with is one of them: 黑龙江 of 河南省广电局 → 黑龙江省广电局).
 */
function bodyOf(sc: SuffixContext, place: string, rest: string): { name: string; subtype?: string } | undefined {
  const dict = sc.ctx.dictionary;
  for (const form of [place, ...dict.placeLevels.map((l) => place + l)]) {
    const entry = dict.organizationBySurface.get(form + rest);
    if (entry) return entry;
  }
  return undefined;
}

/** The longest place the name opens with, without its level (河南 of 河南省广电局). */
function placePrefix(sc: SuffixContext, surface: string): string | undefined {
  const { places, placeLevels } = sc.ctx.dictionary;
  for (let n = Math.min(surface.length - 1, 8); n >= 2; n--) {
    const head = surface.slice(0, n);
    if (!places.has(head)) continue;
    const level = placeLevels.find((l) => head.length > l.length + 1 && head.endsWith(l));
    return level ? head.slice(0, -level.length) : head;
  }
  return undefined;
}

/**
 * Adds to `out` the bodies of places listed before one ending they share (北京、福建、河北、河南省广电局:
 * four bureaus, each the place's own): the last one is a known organization that opens with a place; each
 * place before it, joined by 、 or 和, names the dictionary's body of that place with the same ending. Only
 * bodies the dictionary knows are named (a place's bureau by its real name).
 */
export function placesSharingEnding(sc: SuffixContext, out: Candidate[]): void {
  const { text } = sc.ctx;
  for (const org of sc.known.within(0, text.length)) {
    if (!JOIN.test(text[org.start - 1] ?? '')) continue;
    const surface = text.slice(org.start, org.end);
    const head = placePrefix(sc, surface);
    if (!head) continue;
    const level = sc.ctx.dictionary.placeLevels.find((l) => surface.startsWith(l, head.length)) ?? '';
    const rest = surface.slice(head.length + level.length);
    let at = org.start - 1;
    while (JOIN.test(text[at] ?? '')) {
      const place = sc.places.endingAt(at).at(-1);
      if (!place) break;
      const bare = text.slice(place.start, place.end);
      const body = bodyOf(sc, level && bare.endsWith(level) ? bare.slice(0, -level.length) : bare, rest);
      if (!body) break;
      out.push({ kind: 'organization', start: place.start, end: place.end, name: body.name, subtype: body.subtype, priority: 6, by: sc.by });
      at = place.start - 1;
    }
  }
}
