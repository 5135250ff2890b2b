/**
 * Which node an entity of one document is. An entity is its id (`type:name`), so the same body or
 * work named in two documents is one node — except an entity the extraction marks `generic` (an
 * agreement, event or document named only by its kind: 战略合作框架协议, 签约仪式, 通知). Such a name
 * says nothing about which one it is: it is identified by its parties (for an agreement, who signed
 * it), organizers (an event) or issuers (a document), and without any, by its document. So two
 * documents' 战略合作框架协议 signed by different parties are two nodes, while the same parties'
 * agreement reported twice is one; a distinctive title (《中阿视听合作谅解备忘录》) merges by name.
 */
import type { Entity, ExtractionResult, Relation, RelationType } from '../types.js';

/** The relation that names the parties of a generic entity, by its type. */
const PARTY_RELATION: Readonly<Partial<Record<Entity['type'], RelationType>>> = { agreement: 'signed', event: 'organized', document: 'issued' };
const PARTY_TYPES: ReadonlySet<RelationType> = new Set(Object.values(PARTY_RELATION));

/** The node key of each generic entity of `result` (entity id → key); entities not listed keep their id. */
export function genericNodeKeys(result: ExtractionResult, document: string): Map<string, string> {
  const keys = new Map<string, string>();
  const generic = result.entities.filter((entity) => entity.generic === true && PARTY_RELATION[entity.type] !== undefined);
  if (generic.length === 0) return keys;
  // The parties of every target, in one pass over the relations (not one per generic entity).
  const partiesOf = new Map<string, Set<string>>();
  for (const r of result.relations) {
    if (!PARTY_TYPES.has(r.type)) continue;
    const key = `${r.type}|${r.target}`;
    const parties = partiesOf.get(key) ?? new Set<string>();
    parties.add(r.source);
    partiesOf.set(key, parties);
  }
  for (const entity of generic) {
    const parties = [...(partiesOf.get(`${PARTY_RELATION[entity.type]}|${entity.id}`) ?? [])].sort();
    keys.set(entity.id, `${entity.id}@${parties.length > 0 ? parties.join('+') : document}`);
  }
  return keys;
}

/** `result` with the entities listed in `keys` (generic ones, persons of an official) and the relations that touch them moved to their node keys. */
export function withNodeKeys(result: ExtractionResult, keys: ReadonlyMap<string, string>): ExtractionResult {
  if (keys.size === 0) return result;
  const keyOf = (id: string) => keys.get(id) ?? id;
  // A node key starts with its type (a person moved to its official is an official).
  const entities = result.entities.map((entity) => (keys.has(entity.id) ? { ...entity, id: keyOf(entity.id), type: keyOf(entity.id).slice(0, keyOf(entity.id).indexOf(':')) as Entity['type'] } : entity));
  const relations = result.relations.map((relation): Relation => (keys.has(relation.source) || keys.has(relation.target) ? { ...relation, source: keyOf(relation.source), target: keyOf(relation.target) } : relation));
  return { ...result, entities, relations };
}
