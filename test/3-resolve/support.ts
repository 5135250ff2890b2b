/** Helpers of the resolution tests: candidates placed in an invented text, and entities written as one line each. */
import { normalizeText } from '../../src/1-segment/normalize.js';
import type { Candidate, CandidateKind } from '../../src/2-mentions/recognizer.js';
import { EntityTable } from '../../src/3-resolve/entity-table.js';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadDictionaryDir } from '../../src/dictionary/load.js';
import type { Entity, EntityType } from '../../src/types.js';

export const dict = compileDictionary(loadDictionaryDir());

/** A candidate of `kind` spanning the first `surface` of `text` from `from`, named by its surface unless `extra` names it. */
export function span(text: string, kind: CandidateKind, surface: string, extra: Partial<Candidate> = {}, from = 0): Candidate {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`${surface} is not in ${text}`);
  return { kind, start, end: start + surface.length, name: surface, priority: 5, by: 'test', ...extra };
}

/** `[kind, surface]` in text order: each surface is looked for after the one before. */
export type Spans = [kind: EntityType, surface: string][];

/** A table holding one mention per span, each under its own name. */
export function tableOf(text: string, spans: Spans): EntityTable {
  const table = new EntityTable(normalizeText(text, () => false));
  let from = 0;
  for (const [kind, surface] of spans) {
    const c = span(text, kind, surface, {}, from);
    from = c.end;
    table.add(c, kind, c.name);
  }
  return table;
}

/** `type:name (alias, …) ×mentions`, in table order. */
/** The table of a text whose spans are all organizations, named in order. */
export const orgTableOf = (text: string, names: string[]): EntityTable => tableOf(text, names.map((n): Spans[number] => ['organization', n]));

export const lines = (entities: Entity[]): string[] =>
  entities.map((e) => `${e.id}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} ×${e.mentions.length}`);
