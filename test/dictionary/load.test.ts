import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import {
  DictionaryError, defaultDictionaryDir, loadDictionaryDir, loadDictionaryFile, mergeDictionaries, parseDictionary,
} from '../../src/dictionary/load.js';
import { ORGANIZATION_SUBTYPES } from '../../src/types.js';
import { thrown } from '../support.js';

const scratch = mkdtempSync(join(tmpdir(), 'shiting-kg-dict-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a dictionary folder under the scratch directory: `files` maps relative paths to contents. */
function dictionaryFolder(name: string, files: Record<string, unknown>): string {
  const dir = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}


describe('the bundled dictionary', () => {
  const data = loadDictionaryDir();

  it('is found next to the sources', () => {
    expect(defaultDictionaryDir()).toMatch(/dictionaries$/);
  });

  it('loads and validates every part', () => {
    expect(data.organizations.length).toBeGreaterThan(100);
    expect(data.titles.length).toBeGreaterThan(50);
    expect(data.workCues.length).toBeGreaterThan(0);
    expect(data.documentCues.length).toBeGreaterThan(0);
    expect(data.agreementCues.length).toBeGreaterThan(0);
    expect(data.eventCues.length).toBeGreaterThan(0);
    expect(data.organizationSuffixes.length).toBeGreaterThan(0);
    expect(data.surnames).toContain('王');
    expect(data.places.length).toBeGreaterThan(0);
    for (const org of data.organizations) expect(ORGANIZATION_SUBTYPES).toContain(org.subtype);
  });

  it('knows 国家广播电视总局 by its short name', () => {
    const dict = compileDictionary(data);
    expect(dict.organizationBySurface.get('广电总局')?.name).toBe('国家广播电视总局');
    expect(dict.organizationByName.get('国家广播电视总局')?.subtype).toBe('government');
  });

  it('has no two organizations of the same name', () => {
    const names = data.organizations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names only parents it defines', () => {
    const names = new Set(data.organizations.map((o) => o.name));
    const orphans = data.organizations.filter((o) => o.parent && !names.has(o.parent)).map((o) => `${o.name} → ${o.parent}`);
    expect(orphans).toEqual([]);
  });
});

describe('compileDictionary: word lists as patterns', () => {
  type Row = [label: string, input: Record<string, string[]>, read: (d: ReturnType<typeof compileDictionary>) => RegExp, source: string];
  const rows: Row[] = [
    ['a list tried in its own order stays in that order (说 before 说道)', { personWordsAfter: ['说', '说道'] }, (d) => d.personWordAfter, '^(?:说|说道)'],
    ['so does the list of words after a place', { placeWordsAfter: ['岛', '地区'] }, (d) => d.placeWordAfter, '^(?:岛|地区)'],
    ['a list of verbs is tried longest first', { latinPersonWordsAfter: ['说', '说道'] }, (d) => d.latinPersonWordAfter, '^(?:说道|说)'],
    ['an empty list matches nothing', {}, (d) => d.personWordAfter, '^(?:(?!))'],
  ];
  it.each(rows)('%s', (_label, input, read, source) => {
    expect(read(compileDictionary(parseDictionary(input))).source).toBe(source);
  });

  it('reads the titles a name stands before whole', () => {
    const dict = compileDictionary(parseDictionary({ titlesAfterName: ['总统', '主席'] }));
    expect([dict.titlesAfterName.has('总统'), dict.titlesAfterName.has('副总统'), dict.titlesAfterName.has('总')]).toEqual([true, false, false]);
  });
});

describe('loadDictionaryDir: malformed folders', () => {
  const goodOrg = { name: '某某省网络视听协会', subtype: 'association' };

  it('names the file, the entry, its name and the field of a bad organization', () => {
    const dir = dictionaryFolder('bad-subtype', {
      'organizations/bad-orgs.json': { organizations: [goodOrg, { name: '某某视频', subtype: 'bogus' }] },
    });
    const error = thrown(() => loadDictionaryDir(dir));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toMatch(/^shiting-kg: /);
    expect(error.message).toContain('bad-orgs.json');
    expect(error.message).toContain('entry 1');
    expect(error.message).toContain('某某视频');
    expect(error.message).toContain('"subtype"');
  });

  it('names the relation of a grammar.json verb list that is no relation type', () => {
    const dir = dictionaryFolder('bad-grammar', { 'grammar.json': { relationVerbs: { issued: ['印发'], praised: ['表扬'] } } });
    const error = thrown(() => loadDictionaryDir(dir));
    expect(error.message).toContain('grammar.json');
    expect(error.message).toContain('relationVerbs');
  });

  it('reads the relation verbs of grammar.json into the extractor', () => {
    const dir = dictionaryFolder('own-verbs', { 'grammar.json': { relationVerbs: { issued: ['印发'] } } });
    expect(loadDictionaryDir(dir).relationVerbs).toEqual({ issued: ['印发'] });
  });

  it('names a missing field', () => {
    const dir = dictionaryFolder('missing-name', { 'organizations/a.json': { organizations: [{ subtype: 'platform' }] } });
    const error = thrown(() => loadDictionaryDir(dir));
    expect(error.message).toContain('a.json');
    expect(error.message).toContain('entry 0');
    expect(error.message).toContain('"name"');
  });

  it('names an unknown key of a file', () => {
    const dir = dictionaryFolder('unknown-key', { 'titles.json': { titles: [], tittles: [] } });
    const error = thrown(() => loadDictionaryDir(dir));
    expect(error.message).toContain('titles.json');
    expect(error.message).toContain('tittles');
  });

  it('names a bad title kind with the title', () => {
    const dir = dictionaryFolder('bad-title', { 'titles.json': { titles: [{ title: '台长', kind: 'media' }, { title: '总监', kind: 'boss' }] } });
    const error = thrown(() => loadDictionaryDir(dir));
    expect(error.message).toContain('titles.json');
    expect(error.message).toContain('entry 1 (总监)');
    expect(error.message).toContain('"kind"');
  });

  it('reports invalid JSON with the file name', () => {
    const dir = dictionaryFolder('invalid-json', { 'organizations/broken.json': '{ "organizations": [ { "name": "某某视频", ' });
    const error = thrown(() => loadDictionaryDir(dir));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toMatch(/^shiting-kg: /);
    expect(error.message).toContain('broken.json');
    expect(error.message).toContain('not valid JSON');
  });

  it('reports a missing folder', () => {
    const missing = join(scratch, 'no-such-folder');
    const error = thrown(() => loadDictionaryDir(missing));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toContain(missing);
    expect(error.message).toContain('no such dictionary folder');
  });

  it('accepts a folder with only some files (the rest count as empty)', () => {
    const dir = dictionaryFolder('partial', { 'organizations.json': { organizations: [goodOrg] } });
    const data = loadDictionaryDir(dir);
    expect(data.organizations).toEqual([{ ...goodOrg, aliases: [], shortForms: [] }]);
    expect(data.titles).toEqual([]);
  });

  it('reads a BOM-prefixed file', () => {
    const dir = dictionaryFolder('bom', { 'organizations/a.json': `\uFEFF${JSON.stringify({ organizations: [goodOrg] })}` });
    expect(loadDictionaryDir(dir).organizations[0]?.name).toBe(goodOrg.name);
  });
});

describe('parseDictionary (user objects)', () => {
  const rows: [label: string, input: unknown, expectedParts: string[]][] = [
    ['organizations of the wrong type', { organizations: '某某视频' }, ['my-dictionary', 'organizations']],
    ['a bad subtype', { organizations: [{ name: '某某视频', subtype: 'bogus' }] }, ['entry 0 (某某视频)', '"subtype"']],
    ['an empty name', { organizations: [{ name: '  ', subtype: 'platform' }] }, ['entry 0', '"name"', 'non-empty']],
    ['an alias of the wrong type', { organizations: [{ name: '某某视频', subtype: 'platform', aliases: [42] }] }, ['entry 0 (某某视频)', '"aliases.0"']],
    ['an unknown top-level key', { organisations: [] }, ['organisations']],
  ];

  it.each(rows)('names the problem: %s', (_label, input, expectedParts) => {
    const error = thrown(() => parseDictionary(input, 'my-dictionary'));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toMatch(/^shiting-kg: my-dictionary: /);
    for (const part of expectedParts) expect(error.message).toContain(part);
  });

  it('fills every missing part with an empty list', () => {
    const data = parseDictionary({ organizations: [{ name: '某某视频', subtype: 'platform' }] });
    expect(data.titles).toEqual([]);
    expect(data.organizations[0]).toEqual({ name: '某某视频', subtype: 'platform', aliases: [], shortForms: [] });
  });

  it('reads a user dictionary file and names it in errors', () => {
    const dir = dictionaryFolder('user-file', {
      'good.json': { organizations: [{ name: '某某视频', subtype: 'platform' }] },
      'bad.json': { organizations: [{ name: '某某视频', subtype: 'bogus' }] },
    });
    expect(loadDictionaryFile(join(dir, 'good.json')).organizations[0]?.name).toBe('某某视频');
    expect(thrown(() => loadDictionaryFile(join(dir, 'bad.json'))).message).toContain('bad.json');
    expect(thrown(() => loadDictionaryFile(join(dir, 'none.json'))).message).toContain('cannot read');
  });
});

describe('mergeDictionaries', () => {
  const base = parseDictionary({
    organizations: [
      { name: '国家广播电视总局', subtype: 'government', aliases: ['广电总局'] },
      { name: '芒果TV', subtype: 'platform' },
    ],
    titles: [{ title: '局长', kind: 'government' }],
  });

  it('lets a user organization replace the entry of the same name', () => {
    const user = parseDictionary({ organizations: [{ name: '芒果TV', subtype: 'company', aliases: ['芒果'] }] });
    const merged = mergeDictionaries(base, user);
    expect(merged.organizations.filter((o) => o.name === '芒果TV')).toEqual([{ name: '芒果TV', subtype: 'company', aliases: ['芒果'], shortForms: [] }]);
    expect(merged.organizations.map((o) => o.name)).toEqual(['国家广播电视总局', '芒果TV']);
  });

  it('adds new organizations and concatenates the other lists', () => {
    const user = parseDictionary({ organizations: [{ name: '某某视频', subtype: 'platform' }], titles: [{ title: '台长', kind: 'media' }] });
    const merged = mergeDictionaries(base, user);
    expect(merged.organizations.map((o) => o.name)).toContain('某某视频');
    expect(merged.titles.map((t) => t.title)).toEqual(['局长', '台长']);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify(base);
    mergeDictionaries(base, parseDictionary({ organizations: [{ name: '芒果TV', subtype: 'company' }] }));
    expect(JSON.stringify(base)).toBe(before);
  });
});
