/**
 * The bundled dictionary's names of organizations, for queries: a user may ask for a body by a name
 * the dictionary knows (广电总局) though no added text used it. Read once, on the first query that
 * needs it (a graph that answers from its own names never loads it).
 */
import { normalizeSurface } from '../../dictionary/compile.js';
import { bundledDictionary } from '../../dictionary/load.js';
import { inForce } from '../../dictionary/periods.js';
import type { OrganizationEntry } from '../../dictionary/schema.js';

let canonical: Map<string, string> | undefined;

/** The canonical name of the organization the bundled dictionary calls `name` (itself, or an alias), if any. */
export function dictionaryCanonicalName(name: string): string | undefined {
  if (canonical === undefined) {
    canonical = new Map();
    try {
      for (const org of bundledDictionary().organizations) for (const surface of [org.name, ...org.aliases]) if (!canonical.has(normalizeSurface(surface))) canonical.set(normalizeSurface(surface), org.name);
    } catch {
      // No readable bundled dictionary (a trimmed install): queries answer from the graph's names alone.
    }
  }
  return canonical.get(normalizeSurface(name));
}

let bySurface: Map<string, OrganizationEntry[]> | undefined;

/**
 * The canonical name of the body the bundled dictionary's `name` meant at `date` (广电总局 in 2016:
 * 国家新闻出版广电总局), when the name went to several bodies in turn or has a period; else undefined.
 */
export function dictionaryNameAt(name: string, date: string): string | undefined {
  if (bySurface === undefined) {
    bySurface = new Map();
    try {
      for (const org of bundledDictionary().organizations) {
        for (const surface of [org.name, ...org.aliases, ...org.shortForms]) {
          const key = normalizeSurface(surface);
          bySurface.set(key, [...(bySurface.get(key) ?? []), org]);
        }
      }
    } catch {
      // No readable bundled dictionary: names are read as the graph has them.
    }
  }
  const entries = bySurface.get(normalizeSurface(name)) ?? [];
  if (!entries.some((entry) => entry.from !== undefined || entry.to !== undefined)) return undefined;
  return entries.find((entry) => inForce(entry, date))?.name;
}
