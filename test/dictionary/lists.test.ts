import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { LISTS, compileLists, listFields, type ListKind, type ListRow } from '../../src/dictionary/lists.js';
import { loadDictionaryDir, mergeDictionaries, parseDictionary } from '../../src/dictionary/load.js';
import { WordSet } from '../../src/dictionary/word-set.js';
import { thrown } from '../support.js';

const scratch = mkdtempSync(join(tmpdir(), 'shiting-kg-lists-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a list added to the table', () => {
  // A new grammar.json list, as another engineer would add it: one row, then the data.
  const rows: ListRow[] = [
    ...LISTS,
    { key: 'praiseVerbs', compiled: 'praise', file: 'grammar', kind: 'prefix', doc: 'Verbs of praise after a name (X表扬…).' },
  ];
  const GrammarWithPraise = z.strictObject({ $comment: z.string().optional(), ...listFields('grammar', rows) });

  it('is validated in its file and compiled by its kind', () => {
    const data = GrammarWithPraise.parse({ praiseVerbs: ['表扬', '称赞', '表扬了'] });
    const compiled = compileLists(data, rows) as unknown as Record<string, unknown>;
    const praise = compiled.praise as RegExp;
    expect([praise.test('表扬了星澜影业'), praise.test('称赞'), praise.test('会见')]).toEqual([true, true, false]);
    expect(praise.exec('表扬了星澜影业')?.[0]).toBe('表扬了');
  });

  it('defaults to empty when the file leaves it out', () => {
    expect((GrammarWithPraise.parse({}) as Record<string, unknown>).praiseVerbs).toEqual([]);
  });

  it('names itself when its data has the wrong type', () => {
    const parsed = GrammarWithPraise.safeParse({ praiseVerbs: '表扬' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['praiseVerbs'], message: 'must be a list of words' });
  });
});

describe('compiled kinds', () => {
  const rows: [label: string, kind: ListKind, value: string[] | string, check: (compiled: unknown) => unknown, expected: unknown][] = [
    ['set: the words', 'set', ['演员', '球员'], (c) => c instanceof Set && (c as Set<string>).has('演员'), true],
    ['wordSet: the words behind a first-character check', 'wordSet', ['演员'], (c) => c instanceof WordSet && (c as WordSet).has('演员'), true],
    ['prefix: at the start only', 'prefix', ['主场'], (c) => [(c as RegExp).test('主场作战'), (c as RegExp).test('在主场')], [true, false]],
    ['suffix: at the end only', 'suffix', ['击败'], (c) => [(c as RegExp).test('成功击败'), (c as RegExp).test('击败了')], [true, false]],
    ['alternation: anywhere, the longest first', 'alternation', ['出品', '联合出品'], (c) => (c as RegExp).exec('由星澜联合出品')?.[0], '联合出品'],
    ['scan: global', 'scan', ['出品'], (c) => (c as RegExp).flags, 'gu'],
    ['list: the words as they are', 'list', ['近日', '据'], (c) => c, ['近日', '据']],
    ['charSet: the characters of a string', 'charSet', '立亮', (c) => [...(c as Set<string>)], ['立', '亮']],
    ['chars: the string as it is', 'chars', '一二三', (c) => c, '一二三'],
  ];

  it.each(rows)('%s', (_label, kind, value, check, expected) => {
    const compiled = compileLists({ sample: value }, [{ key: 'sample', file: 'grammar', kind, doc: 'a sample' }]) as unknown as Record<string, unknown>;
    expect(check(compiled.sample)).toEqual(expected);
  });
});

describe('the table and the data', () => {
  it('compiles every row of the bundled dictionary under its compiled name', () => {
    const dict = compileDictionary(loadDictionaryDir()) as unknown as Record<string, unknown>;
    for (const row of LISTS as readonly ListRow[]) expect(dict[row.compiled ?? row.key], row.key).toBeDefined();
  });

  it('concatenates lists of characters when dictionaries merge', () => {
    const merged = mergeDictionaries(parseDictionary({ transliterationChars: '阿拉' }), parseDictionary({ transliterationChars: '斯' }));
    expect(merged.transliterationChars).toBe('阿拉斯');
  });
});

describe('a list of the wrong type', () => {
  const rows: [label: string, input: unknown, expectedParts: string[]][] = [
    ['words given as one string', { sportsContext: '主场' }, ['"sportsContext"', 'must be a list of words']],
    ['characters given as a list', { transliterationChars: ['阿', '拉'] }, ['"transliterationChars"', 'must be a string of characters']],
    ['a word that is no string', { roles: ['演员', 7] }, ['roles entry 1', 'expected string']],
  ];

  it.each(rows)('in a user dictionary is named: %s', (_label, input, expectedParts) => {
    const error = thrown(() => parseDictionary(input, 'my-dictionary'));
    expect(error.message).toMatch(/^shiting-kg: my-dictionary: /);
    for (const part of expectedParts) expect(error.message).toContain(part);
  });

  it('in a dictionary file is named with its file', () => {
    const dir = join(scratch, 'bad-list');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'grammar.json'), JSON.stringify({ teamContext: 5 }));
    const message = thrown(() => loadDictionaryDir(dir)).message;
    expect(message).toContain('grammar.json');
    expect(message).toContain('"teamContext" must be a list of words');
  });
});
