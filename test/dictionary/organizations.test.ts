import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir } from '../../src/dictionary/load.js';

const dict = compileDictionary(loadDictionaryDir());

/** The bundled organizations: a surface reads as the fullest official name (SCHEMA: canonical names), and a parent names an entry. */
describe('bundled organizations', () => {
  const rows: [label: string, surface: string, expected: string][] = [
    ['the State Council by its full name', '国务院', '中华人民共和国国务院'],
    ['a ministry under it names it as its parent', '国务院新闻办公室', '中华人民共和国国务院'],
  ];
  it.each(rows)('%s', (_label, surface, expected) => {
    const entry = dict.organizationBySurface.get(surface)!;
    expect(entry.parent ?? entry.name).toBe(expected);
  });
  it('every parent is an entry of its own', () => {
    const missing = dict.data.organizations.filter((o) => o.parent && !dict.organizationByName.has(o.parent)).map((o) => `${o.name} → ${o.parent}`);
    expect(missing).toEqual([]);
  });
});
