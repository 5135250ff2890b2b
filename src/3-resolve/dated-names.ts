/**
 * Names in time. A surface several bodies went by in turn (广电总局: 国家广播电影电视总局 1998–2013,
 * 国家新闻出版广电总局 2013–2018, 国家广播电视总局 since) means the one in force at the document's date;
 * without a date it keeps today's reading (the compiled dictionary's). The periods and successors
 * are data (dictionaries/organizations: `from`, `to`, `successors`, `change`).
 */
import { normalizeSurface, type CompiledDictionary } from '../dictionary/compile.js';
import { inForce } from '../dictionary/periods.js';
import type { OrganizationEntry } from '../dictionary/schema.js';
import type { Candidate } from '../2-mentions/recognizer.js';
import type { Entity } from '../types.js';
import { beforeChangeSpans } from './text-periods.js';


/** The body `surface` named at `date`, among the dictionary's bodies of that surface; undefined when none was in force then. */
export function organizationAt(dict: CompiledDictionary, surface: string, date: string): OrganizationEntry | undefined {
  const entries = dict.organizationsBySurface.get(normalizeSurface(surface));
  if (entries === undefined || (entries.length === 1 && entries[0]!.from === undefined && entries[0]!.to === undefined)) return undefined;
  return entries.find((entry) => inForce(entry, date));
}

/**
 * The candidates with each dictionary organization named as the body its surface meant at `date` (a
 * 2016 text's 广电总局 is 国家新闻出版广电总局). A name written in full outside its period (a 2020 text
 * recalling 新闻出版总署) stays as written: it names that body.
 */
export function datedCandidates(candidates: readonly Candidate[], text: string, dict: CompiledDictionary, date: string | undefined): readonly Candidate[] {
  if (date === undefined) return candidates;
  const before = beforeChangeSpans(text, dict.beforeChangeClauses);
  return candidates.map((c) => {
    if (c.kind !== 'organization' || c.shortForm || !dict.organizationByName.has(c.name)) return c;
    const surface = text.slice(c.start, c.end);
    const atDate = organizationAt(dict, surface, date);
    // In a span the text sets before a change (改革之前，…), the body the one of the date succeeded.
    const entry = atDate && before.some(([s, e]) => c.start >= s && c.end <= e) ? predecessorAt(dict, surface, atDate) : atDate;
    if (entry === undefined || entry.name === c.name) return c;
    const dated: Candidate = { ...c, name: entry.name, subtype: entry.subtype, parent: entry.parent };
    if (entry.parent === undefined) delete dated.parent;
    return dated;
  });
}

/** Of the bodies `surface` may name, the one `entry` succeeded (中国国际广播电台 before 中央广播电视总台); else `entry`. */
function predecessorAt(dict: CompiledDictionary, surface: string, entry: OrganizationEntry): OrganizationEntry {
  const entries = dict.organizationsBySurface.get(normalizeSurface(surface)) ?? [];
  return entries.find((other) => other.successors?.includes(entry.name)) ?? entry;
}

/** The bodies whose successors include each body (国家广播电视总局 ← 国家新闻出版广电总局), computed once per dictionary. */
const predecessorTables = new WeakMap<CompiledDictionary, Map<string, string[]>>();

function predecessorsOf(dict: CompiledDictionary, name: string): string[] | undefined {
  let table = predecessorTables.get(dict);
  if (table === undefined) {
    table = new Map();
    for (const entry of dict.data.organizations) {
      for (const successor of entry.successors ?? []) table.set(successor, [...(table.get(successor) ?? []), entry.name]);
    }
    predecessorTables.set(dict, table);
  }
  return table.get(name);
}

/**
 * Gives each organization the dictionary dates its period of, or links to another body in time, the
 * attributes `from`, `to`, `successors`, `change` and `predecessors`: the graph links a body to its
 * successor from them, and keeps the period on the node.
 */
export function markPeriods(entities: Entity[], dict: CompiledDictionary): Entity[] {
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    const entry = dict.organizationByName.get(entity.name);
    const predecessors = predecessorsOf(dict, entity.name);
    if (entry === undefined || (entry.from === undefined && entry.to === undefined && predecessors === undefined)) continue;
    const attributes: Record<string, string | string[]> = {};
    if (entry.from !== undefined) attributes.from = entry.from;
    if (entry.to !== undefined) attributes.to = entry.to;
    if (entry.successors !== undefined) attributes.successors = [...entry.successors];
    if (entry.change !== undefined) attributes.change = entry.change;
    if (predecessors !== undefined) attributes.predecessors = [...predecessors];
    entity.attributes = { ...entity.attributes, ...attributes };
  }
  return entities;
}
