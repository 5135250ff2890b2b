import type { DocumentMeta } from '../types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : undefined;

/**
 * Publication date, title and source from a document's header: the first full date in its first lines
 * (`2024年9月9日`, `娱乐资本论|2024-04-01`, `2024/04/01`), its first line as title, and a `来源：` or
 * `source|date` name as source.
 */
export function readDocumentMeta(text: string, isOrganization: (s: string) => boolean = () => false): DocumentMeta {
  const lines = firstLines(text, 12);
  const meta: DocumentMeta = {};
  for (const line of lines) {
    const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
    const num = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(line);
    const m = zh ?? num;
    if (m) {
      meta.date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      const piped = /^([^|｜]{2,30})[|｜]\s*\d{4}/.exec(line);
      if (piped) meta.source = piped[1]!.trim();
      if (meta.date) break;
    }
  }
  const title = lines.find((l) => !/^\d/.test(l));
  if (title) meta.title = title.replace(/[|｜].*$/, '').trim();
  const sourceLine = /(?:来源|出处|source)\s*[：:]\s*(\S{2,30})/i.exec(text.slice(0, 2000));
  if (sourceLine) meta.source = sourceLine[1];
  meta.source ??= lines.find((l) => l !== meta.title && isOrganization(l));
  return meta;
}

/** The first `count` non-blank lines of `text`, trimmed; reads no further (a document may be long). */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let start = 0; start <= text.length && lines.length < count;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** Resolves `9月2日` / `5 月 30 日` / `6月` against a document date (same year; the year before if it would be months ahead). */
export function resolveDate(phrase: string, documentDate?: string): string | undefined {
  const full = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(phrase);
  if (full) return iso(Number(full[1]), Number(full[2]), Number(full[3]));
  const md = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(phrase);
  if (!md || !documentDate) return undefined;
  const [y, dm] = documentDate.split('-').map(Number) as [number, number];
  const month = Number(md[1]);
  const year = month - dm > 6 ? y - 1 : y;
  return iso(year, month, Number(md[2]));
}
