import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir } from '../../src/dictionary/load.js';
import { extract } from '../../src/5-extract/extractor.js';

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

/** The central government's liaison offices go by a shorter name in government texts (中央政府驻澳门联络办): it is the office, not 中央政府 and a second body. */
describe('liaison offices by their government-text names', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['中央政府驻澳门联络办 before a title', '青山同志会见中央政府驻澳门联络办副主任李明远一行。', ['中央人民政府驻澳门特别行政区联络办公室']],
    ['中央政府驻香港联络办公室 in a list of guiding bodies', '中央政府驻香港联络办公室、青川传媒集团作为指导单位。', ['中央人民政府驻香港特别行政区联络办公室', '青川传媒集团']],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    const names = extract(text, { date: '2020-08-16' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toEqual(expected);
  });
});
