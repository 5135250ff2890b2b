import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CHAR_LIST_KEYS } from './lists.js';
import {
  CuesFileSchema, DictionaryDataSchema, GrammarFileSchema, NamesFileSchema, OrganizationsFileSchema, TitlesFileSchema,
  type DictionaryData, type DictionaryInput,
} from './schema.js';

/** An error in a dictionary file or object, naming the file, the entry and the field. */
export class DictionaryError extends Error {
  constructor(message: string) {
    super(`shiting-kg: ${message}`);
    this.name = 'DictionaryError';
  }
}

/** Formats zod issues as `file: entry 12 (广电总局): "subtype" must be …`, one line per problem. */
export function formatIssues(where: string, data: unknown, issues: z.core.$ZodIssue[]): string {
  return issues.slice(0, 20).map((issue) => {
    const path = issue.path;
    const listIndex = path.findIndex((p) => typeof p === 'number');
    let entry = '';
    if (listIndex >= 0) {
      let node: unknown = data;
      for (const p of path.slice(0, listIndex + 1)) node = (node as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey];
      const o = node as Record<string, unknown> | undefined;
      const label = o && typeof o === 'object' ? (o.name ?? o.title ?? o.cue) : typeof node === 'string' ? node : undefined;
      entry = `${String(path[listIndex - 1] ?? '')} entry ${String(path[listIndex])}${label ? ` (${String(label)})` : ''}: `;
    }
    const field = path.slice(listIndex + 1).map(String).join('.');
    return `${where}: ${entry}${field ? `"${field}" ` : ''}${issue.message}`;
  }).join('\n');
}

/** Validates a dictionary object (a user dictionary); throws a DictionaryError naming each problem. */
export function parseDictionary(input: unknown, where = 'dictionary'): DictionaryData {
  const parsed = DictionaryDataSchema.safeParse(input);
  if (!parsed.success) throw new DictionaryError(formatIssues(where, input, parsed.error.issues));
  return parsed.data;
}

function readJson(file: string, shown: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DictionaryError(`${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DictionaryError(`${shown}: not valid JSON (${(e as Error).message})`);
  }
}

function parseFile<S extends z.ZodType>(schema: S, file: string, root: string): z.output<S> {
  const shown = relative(dirname(root), file) || file;
  const data = readJson(file, shown);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new DictionaryError(formatIssues(shown, data, parsed.error.issues));
  return parsed.data;
}

/** Finds the bundled `dictionaries/` folder from the source tree or from dist/. */
export function defaultDictionaryDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..', '../../..']) {
    const dir = resolve(here, up, 'dictionaries');
    if (existsSync(join(dir, 'titles.json'))) return dir;
  }
  throw new DictionaryError(`cannot find the bundled dictionaries/ folder near ${here}`);
}

/**
 * Loads a dictionary folder: `organizations/*.json` (or `organizations.json`), `titles.json`,
 * `cues.json`, `names.json`. Every file is validated; a missing optional file counts as empty.
 */
export function loadDictionaryDir(dir: string = defaultDictionaryDir()): DictionaryData {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DictionaryError(`${dir}: no such dictionary folder`);
  const data: DictionaryInput = {};
  const orgDir = join(dir, 'organizations');
  const orgFiles = existsSync(orgDir) ? readdirSync(orgDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(orgDir, f)) : [];
  if (existsSync(join(dir, 'organizations.json'))) orgFiles.push(join(dir, 'organizations.json'));
  data.organizations = orgFiles.flatMap((f) => parseFile(OrganizationsFileSchema, f, dir).organizations);
  const titles = join(dir, 'titles.json');
  if (existsSync(titles)) data.titles = parseFile(TitlesFileSchema, titles, dir).titles;
  for (const [name, schema] of [['cues.json', CuesFileSchema], ['grammar.json', GrammarFileSchema], ['names.json', NamesFileSchema]] as const) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const { $comment: _c, ...rest } = parseFile(schema, file, dir);
    Object.assign(data, rest);
  }
  return parseDictionary(data, dir);
}

/** Reads a user dictionary from a JSON file (same shape as DictionaryData, every part optional). */
export function loadDictionaryFile(file: string): DictionaryData {
  const shown = file;
  return parseDictionary(readJson(resolve(file), shown), shown);
}

/** The parts of a dictionary that are plain lists, extended by concatenation (all but organizations, merged by name). */
const LIST_KEYS = ((empty: DictionaryData) => (Object.keys(empty) as (keyof DictionaryData)[])
  .filter((key) => key !== 'organizations' && Array.isArray(empty[key])))(parseDictionary({}));

/** Combines dictionaries: later ones extend earlier ones; an organization of the same name replaces the earlier entry. */
export function mergeDictionaries(...parts: DictionaryData[]): DictionaryData {
  const out = parseDictionary({});
  for (const part of parts) {
    const byName = new Map(out.organizations.map((o) => [o.name, o]));
    for (const o of part.organizations) byName.set(o.name, o);
    out.organizations = [...byName.values()];
    for (const key of LIST_KEYS) (out[key] as unknown[]) = [...(out[key] as unknown[]), ...(part[key] as unknown[])];
    for (const key of CHAR_LIST_KEYS as (keyof DictionaryData)[]) (out[key] as string) += part[key] as string;
    for (const [type, verbs] of Object.entries(part.relationVerbs)) {
      const key = type as keyof DictionaryData['relationVerbs'];
      out.relationVerbs[key] = [...(out.relationVerbs[key] ?? []), ...(verbs ?? [])];
    }
  }
  return out;
}

let bundled: DictionaryData | undefined;

/** The bundled dictionary (dictionaries/ beside the package), read and validated once per process. */
export function bundledDictionary(): DictionaryData {
  bundled ??= loadDictionaryDir();
  return bundled;
}
