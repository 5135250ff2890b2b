/**
 * Names that identify nothing by themselves: an agreement, event or document named only by its kind
 * (合作协议, 战略合作框架协议, 签约仪式, 通知), with at most generic words before it (the dictionary's
 * genericNameWords: 战略, 全面, 签约 …). Two documents' 战略合作框架协议 are two agreements unless the
 * same parties sign them; the graph reads the mark (Entity.generic) to tell them apart.
 */
import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Entity, EntityType } from '../types.js';

function cuesOf(type: EntityType, dict: CompiledDictionary): ReadonlyMap<string, string> | undefined {
  if (type === 'agreement') return dict.agreementCues;
  if (type === 'event') return dict.eventCues;
  if (type === 'document') return dict.documentCues;
  return undefined;
}

/** Whether `name` of an entity of `type` is its kind alone (a cue), after generic words at its front. */
export function isGenericName(name: string, type: EntityType, dict: CompiledDictionary): boolean {
  const cues = cuesOf(type, dict);
  if (cues === undefined) return false;
  let rest = name.replace(/[\s“”"《》]/g, '');
  for (;;) {
    if (cues.has(rest)) return true;
    const word = dict.genericNameWords.find((w) => rest.length > w.length && rest.startsWith(w));
    if (word === undefined) return false;
    rest = rest.slice(word.length);
  }
}

/** Marks the entities whose name is generic (`generic: true`); the others are left as they are. */
export function markGenericNames(entities: Entity[], dict: CompiledDictionary): Entity[] {
  for (const entity of entities) if (isGenericName(entity.name, entity.type, dict)) entity.generic = true;
  return entities;
}
