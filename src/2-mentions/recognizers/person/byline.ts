import { kindToSubtype } from '../person-names.js';
import type { PersonScan } from './scan.js';

/** What closes a byline's name: a line's end, a bracket, a space, a slash. */
const BYLINE_END = /[\n)）\]】 \u3000/|｜]/u;
/** A dateline's byline: 星澜网成都5月3日电（许立桐）, …日电（记者 王海涛）. */
const DATELINE = /日电[(（](?:记者[ \u3000]*)?(\p{Script=Han}{2,4})[)）]/gu;

/**
 * Journalists in bylines: the name after a media title and up to what closes it (（记者韩立波涛）, 澎湃新闻记者 陈晓舟⏎),
 * and the name in the brackets of a dateline (…5月3日电（许立桐）). The marks around the name delimit it, so it
 * is taken whole (a given name of three characters too), where it starts with a surname.
 */
export function bylines(scan: PersonScan): void {
  const { text, dict, ctx } = scan;
  const read = new Set<number>();
  for (const title of ctx.candidates) {
    if (title.kind !== 'title' || title.subtype !== 'media' || read.has(title.end)) continue;
    read.add(title.end);
    let at = title.end;
    while (text[at] === ' ' || text[at] === '\u3000') at++;
    const closed = delimitedName(scan, at);
    // Without a space between, only a bracket closes the title's name (（记者韩立波涛）): a line's end may close a
    // headline's words (历届台长任期表).
    if (closed && (at > title.end || /[)）]/u.test(text[closed.end] ?? ''))) scan.push(closed, true, kindToSubtype(title.subtype));
  }
  const named = new Set(scan.out.map((c) => c.start));
  for (const m of text.matchAll(DATELINE)) {
    const start = m.index + m[0].length - 1 - m[1]!.length;
    const s = delimitedName(scan, start);
    if (s?.end === start + m[1]!.length && !named.has(start)) scan.push(s, true, kindToSubtype(dict.titleKind.get('记者')));
  }
}

/** Two to four characters from `at` to what closes a byline, starting with a surname. */
function delimitedName({ text, dict }: PersonScan, at: number) {
  let end = at;
  while (end - at < 5 && end < text.length && !BYLINE_END.test(text[end]!)) end++;
  const name = text.slice(at, end);
  if (name.length < 2 || name.length > 4 || !/^\p{Script=Han}+$/u.test(name)) return undefined;
  if (!dict.surnames.has(name[0]!) && !dict.compoundSurnames.has(name.slice(0, 2))) return undefined;
  return { start: at, end };
}
