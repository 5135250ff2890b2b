import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Candidate } from '../extract/recognizer.js';
import { originalSpan, type NormalizedText } from '../segment/normalize.js';
import type { Entity, EntityType } from '../types.js';

/** A kept candidate and the entity it was resolved to. */
export interface ResolvedMention { candidate: Candidate; entity: Entity }

export interface Resolution {
  entities: Entity[];
  /** Every kept entity candidate with its entity, in text order (relation rules read these). */
  mentions: ResolvedMention[];
}

export const entityId = (type: EntityType, name: string): string => `${type}:${name}`;

const ENTITY_KINDS = new Set<string>(['organization', 'official', 'person', 'work', 'agreement', 'document', 'event']);

/** Strips what varies between mentions of one event (年份, 届次, quotes) to compare names. */
const eventCore = (name: string) => name.replace(/^(?:\d{4}年?|第[一二三四五六七八九十百\d]+届)/u, '').replace(/[“”"《》\s]/g, '');

/**
 * Turns kept candidates into document entities: one entity per canonical name and type, with every
 * surface form as an alias and every mention's ORIGINAL offsets. Short forms (总局, 《报告》, 库里巴利)
 * join the entity that the document names in full; alone they found nothing.
 */
export function resolveEntities(kept: readonly Candidate[], norm: NormalizedText, dict: CompiledDictionary): Resolution {
  const byKey = new Map<string, Entity>();
  const mentions: ResolvedMention[] = [];
  const candidates = kept.filter((c) => ENTITY_KINDS.has(c.kind));

  // People named with a title anywhere are officials everywhere in the document.
  const officialNames = new Set(candidates.filter((c) => c.kind === 'official').map((c) => c.name));
  const kindOf = (c: Candidate): EntityType => (c.kind === 'person' && officialNames.has(c.name) ? 'official' : c.kind as EntityType);

  const canonical = (c: Candidate): string | undefined => {
    const type = kindOf(c);
    if (type === 'organization' && c.shortForm) {
      const options = dict.shortForms.get(c.name.toLowerCase()) ?? [];
      const named = options.find((o) => candidates.some((x) => x.kind === 'organization' && !x.shortForm && x.name === o.name));
      if (named) return named.name;
      // 组织部部长: an unnamed unit given a title stands for itself.
      return kept.some((x) => x.kind === 'title' && x.start === c.end) ? norm.text.slice(c.start, c.end) : undefined;
    }
    if (type === 'agreement' && c.shortForm) {
      // 双边合作协议 refers to the agreement the document names nearest to it.
      // Prefer the same kind of accord (协议 / 备忘录) and one named soon after (a headline before its story).
      const kindOf = (n: string) => (/备忘录$/.test(n) ? 'mou' : 'agreement');
      const distance = (x: Candidate) => (x.start >= c.start ? x.start - c.start : (c.start - x.start) * 3) + (kindOf(x.name) === kindOf(c.name) ? 0 : 100_000);
      const full = candidates.filter((x) => x.kind === 'agreement' && !x.shortForm).sort((a, b) => distance(a) - distance(b));
      return full[0]?.name;
    }
    return c.name;
  };

  const add = (c: Candidate, type: EntityType, name: string) => {
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
    if (surface !== name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    entity.mentions.push({ start: span.start, end: span.end, text: norm.original.slice(span.start, span.end) });
    if (c.parent) entity.attributes = { ...entity.attributes, parent: c.parent };
    mentions.push({ candidate: c, entity });
  };

  // Full names first, so short forms can find them.
  const full = candidates.filter((c) => !c.shortForm);
  const short = candidates.filter((c) => c.shortForm);
  for (const c of full) add(c, kindOf(c), c.name);
  for (const c of short) {
    const name = canonical(c);
    if (name) add(c, kindOf(c), name);
  }
  mergeInto(byKey, mentions, (a, b) => a.type === b.type && (a.type === 'official' || a.type === 'person')
    && /[·•]/.test(b.name) && !/[·•]/.test(a.name) && b.name.split(/[·•]/).at(-1) === a.name);
  mergeInto(byKey, mentions, (a, b) => a.type === 'organization' && b.type === 'organization' && !dict.organizationByName.has(a.name)
    && a.name.length >= 3 && b.name.length > a.name.length && b.name.endsWith(a.name));
  // 科特迪瓦通讯部 is 科特迪瓦共和国通讯部.
  const stateless = (n: string) => n.replace(/共和国|王国|联邦|合众国|酋长国/gu, '');
  mergeInto(byKey, mentions, (a, b) => a.type === 'organization' && b.type === 'organization' && a.name.length < b.name.length && stateless(a.name) === stateless(b.name));
  const ceremony = /^(?:开幕式|闭幕式|启动仪式|启动式|颁奖典礼)$/u;
  mergeInto(byKey, mentions, (a, b) => a.type === 'event' && b.type === 'event' && a.name.startsWith(b.name) && ceremony.test(a.name.slice(b.name.length)));
  mergeInto(byKey, mentions, (a, b) => a.type === 'event' && b.type === 'event' && a.name.length < b.name.length
    && eventCore(b.name).endsWith(eventCore(a.name)) && eventCore(a.name).length >= 4);

  const entities = [...byKey.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions: mentions.sort((a, b) => a.candidate.start - b.candidate.start) };
}

/** Folds entity `a` into `b` whenever `same(a, b)`: mentions and aliases move, `a` disappears. */
function mergeInto(byKey: Map<string, Entity>, mentions: ResolvedMention[], same: (a: Entity, b: Entity) => boolean): void {
  const all = [...byKey.values()];
  for (const a of all) {
    const b = all.find((x) => x !== a && byKey.has(x.id) && same(a, x));
    if (!b || !byKey.has(a.id)) continue;
    for (const alias of [a.name, ...a.aliases]) if (alias !== b.name && !b.aliases.includes(alias)) b.aliases.push(alias);
    b.mentions.push(...a.mentions);
    byKey.delete(a.id);
    for (const m of mentions) if (m.entity === a) m.entity = b;
  }
}
