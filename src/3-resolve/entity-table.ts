import { originalSpan, type NormalizedText } from '../1-segment/normalize.js';
import type { Candidate } from '../2-mentions/recognizer.js';
import type { Entity, EntityType } from '../types.js';

/** A kept candidate and the entity it was resolved to. */
export interface ResolvedMention { candidate: Candidate; entity: Entity }

export interface Resolution {
  entities: Entity[];
  /** Every kept entity candidate with its entity, in text order (relation rules read these). */
  mentions: ResolvedMention[];
}

export const entityId = (type: EntityType, name: string): string => `${type}:${name}`;

const TITLED = new Set<string>(['work', 'document', 'agreement', 'event']);

/**
 * A document's entities while they are resolved: candidates come in as mentions of the entity of their
 * type and name, entities are merged into others (mentions and aliases follow), and the resolution is
 * read at the end. Merges walk the entities in the order they were founded.
 */
export class EntityTable {
  /** Entities by id, in the order they were founded. */
  readonly byKey = new Map<string, Entity>();
  private readonly mentions: ResolvedMention[] = [];
  /** Each entity merged away → the entity it was merged into. */
  private readonly redirect = new Map<Entity, Entity>();
  /** Titles of things differ between mentions only by the spaces PDF extraction left in them: the first spelling names the entity. */
  private readonly firstSpelling = new Map<string, string>();
  private readonly norm: NormalizedText;

  constructor(norm: NormalizedText) {
    this.norm = norm;
  }

  /** Adds `c` as a mention of the entity of `type` named `spelled`, founding it if new. */
  add(c: Candidate, type: EntityType, spelled: string): void {
    const { norm, byKey, firstSpelling } = this;
    const spaceless = TITLED.has(type) ? `${type}:${spelled.replace(/\s+/g, '')}` : '';
    const name = spaceless ? (firstSpelling.get(spaceless) ?? (firstSpelling.set(spaceless, spelled), spelled)) : spelled;
    const key = entityId(type, name);
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: key, type, name, aliases: [], mentions: [] };
      if (c.subtype) entity.subtype = c.subtype;
      byKey.set(key, entity);
    }
    entity.subtype ??= c.subtype;
    const span = originalSpan(norm, c.start, c.end);
    const surface = norm.text.slice(c.start, c.end);
    if (surface !== name && !entity.aliases.includes(surface) && entity.aliases.length < 50) entity.aliases.push(surface);
    entity.mentions.push({ start: span.start, end: span.end, text: norm.original.slice(span.start, span.end) });
    if (c.parent) entity.attributes = { ...entity.attributes, parent: c.parent };
    this.mentions.push({ candidate: c, entity });
  }

  /** The entities in table order. */
  all(): Entity[] {
    return [...this.byKey.values()];
  }

  /** The entities of one type, in table order. */
  ofType(type: EntityType): Entity[] {
    return this.all().filter((e) => e.type === type);
  }

  /**
   * Folds each entity (of `among`, by default all) into the one `partner` names: mentions and aliases
   * move, the entity disappears. A partner merged away earlier stands for the entity it joined.
   */
  merge(partner: (a: Entity) => Entity | undefined, among: Iterable<Entity> = this.byKey.values()): void {
    const { byKey, redirect } = this;
    for (const a of [...among]) {
      let b = partner(a);
      while (b && redirect.has(b)) b = redirect.get(b)!;
      if (!b || b === a || !byKey.has(a.id) || !byKey.has(b.id)) continue;
      const aliases = new Set(b.aliases);
      for (const alias of [a.name, ...a.aliases]) if (alias !== b.name && !aliases.has(alias)) { aliases.add(alias); b.aliases.push(alias); }
      for (const m of a.mentions) b.mentions.push(m);
      byKey.delete(a.id);
      redirect.set(a, b);
    }
  }

  /** Gives `e` the name `name` (its old one becomes an alias) unless another entity has it; `e` moves to the end of the table. */
  rename(e: Entity, name: string): void {
    const id = entityId(e.type, name);
    if (this.byKey.has(id)) return;
    this.byKey.delete(e.id);
    if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
    e.name = name;
    e.id = id;
    this.byKey.set(id, e);
  }

  /** The entities by their first mention and the mentions in text order, each pointing at the entity it ended in. */
  resolution(): Resolution {
    const { mentions, redirect } = this;
    for (const m of mentions) {
      let e = m.entity;
      while (redirect.has(e)) e = redirect.get(e)!;
      m.entity = e;
    }
    const entities = this.all().sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
    return { entities, mentions: mentions.sort((a, b) => a.candidate.start - b.candidate.start) };
  }
}

/** Index of the first entity under each key. */
export function firstBy(entities: Entity[], keys: (e: Entity) => string[]): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const e of entities) for (const k of keys(e)) if (!map.has(k)) map.set(k, e);
  return map;
}

/** Index of all entities under each key. */
export function allBy(entities: Entity[], keys: (e: Entity) => string[]): Map<string, Entity[]> {
  const map = new Map<string, Entity[]>();
  for (const e of entities) for (const k of keys(e)) { const list = map.get(k); if (list) list.push(e); else map.set(k, [e]); }
  return map;
}
