/**
 * The matches of `pattern` in `text`, left to right and without overlap exactly as `text.matchAll`
 * finds them, but tried only near the hits of a cheap `anchor` (a literal the pattern must contain):
 * a pattern that opens with a character class (`[\p{Script=Han}]{2,3}(?:先生|女士)`) is otherwise
 * tried at every position of the text.
 *
 * Exact when every match of `pattern` starts between `before` and `nearest` units before a hit of
 * `anchor` (for the pattern's anchor part at those distances), and hits of `anchor` never overlap.
 * `pattern` must be sticky (`y`); `anchor` global (`g`).
 */
export function* anchoredMatches(text: string, anchor: RegExp, pattern: RegExp, before: number, nearest: number): Generator<RegExpExecArray> {
  let next = 0; // the first offset not yet tried (a match also moves it past its end)
  anchor.lastIndex = 0;
  for (let hit; (hit = anchor.exec(text));) {
    const last = hit.index - nearest;
    for (let start = Math.max(next, hit.index - before); start <= last; start++) {
      // matchAll with the u flag never starts inside a surrogate pair.
      if (isTrailOfPair(text, start)) continue;
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      next = start + 1;
      if (!m) continue;
      next = start + Math.max(1, m[0].length);
      yield m;
      break;
    }
    if (hit[0].length === 0) anchor.lastIndex++;
  }
}

function isTrailOfPair(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0xdc00 || unit > 0xdfff || at === 0) return false;
  const lead = text.charCodeAt(at - 1);
  return lead >= 0xd800 && lead <= 0xdbff;
}
