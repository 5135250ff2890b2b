/**
 * Resolve what a user typed (an entity id, a name or an alias) to one node id.
 */
import type { EntityType } from '../../types.js';
import { KnowledgeGraphError } from '../errors.js';
import type { KnowledgeGraphData } from '../types.js';
import { dictionaryCanonicalName } from './dictionary-names.js';
import { findEntities } from './find-entities.js';

/**
 * The node id of `ref`: `ref` itself when it is a node id, else the entity whose name (first) or
 * alias (then) is exactly `ref`, else the organization the bundled dictionary knows `ref` for (广电总局
 * → 国家广播电视总局) when the graph has it. When several match, `preferred` types win.
 * Throws `shiting-kg: …` when nothing or more than one entity matches.
 */
export function resolveEntity(graph: KnowledgeGraphData, ref: string, preferred: readonly EntityType[] = []): string {
  if (graph.hasNode(ref)) return ref;
  const found = findByName(graph, ref, preferred);
  if (found !== undefined) return found;
  const canonical = dictionaryCanonicalName(ref);
  if (canonical !== undefined && canonical !== ref) {
    const viaDictionary = findByName(graph, canonical, preferred);
    if (viaDictionary !== undefined) return viaDictionary;
  }
  throw new KnowledgeGraphError(`no entity named "${ref}"`);
}

/** The one entity named `ref` (name first, then alias; `preferred` types win), undefined when none; throws when several. */
function findByName(graph: KnowledgeGraphData, ref: string, preferred: readonly EntityType[]): string | undefined {
  const found = findEntities(graph, { name: ref, match: 'exact' });
  const byName = found.filter((entity) => entity.name === ref);
  let candidates = byName.length > 0 ? byName : found;
  const ofPreferred = candidates.filter((entity) => preferred.includes(entity.type));
  if (ofPreferred.length > 0) candidates = ofPreferred;
  const [first] = candidates;
  if (first === undefined) return undefined;
  if (candidates.length > 1) {
    throw new KnowledgeGraphError(`"${ref}" is ambiguous: ${candidates.map((entity) => entity.id).join(', ')}; pass an id`);
  }
  return first.id;
}
