/**
 * Resolve what a user typed (an entity id, a name or an alias) to one node id.
 */
import type { EntityType } from '../../types.js';
import { KnowledgeGraphError } from '../errors.js';
import type { KnowledgeGraphData } from '../types.js';
import { findEntities } from './find-entities.js';

/**
 * The node id of `ref`: `ref` itself when it is a node id, else the entity whose name (first) or
 * alias (then) is exactly `ref`. When several match, `preferred` types win.
 * Throws `shiting-kg: …` when nothing or more than one entity matches.
 */
export function resolveEntity(graph: KnowledgeGraphData, ref: string, preferred: readonly EntityType[] = []): string {
  if (graph.hasNode(ref)) return ref;
  const found = findEntities(graph, { name: ref, match: 'exact' });
  const byName = found.filter((entity) => entity.name === ref);
  let candidates = byName.length > 0 ? byName : found;
  const ofPreferred = candidates.filter((entity) => preferred.includes(entity.type));
  if (ofPreferred.length > 0) candidates = ofPreferred;
  const [first] = candidates;
  if (first === undefined) throw new KnowledgeGraphError(`no entity named "${ref}"`);
  if (candidates.length > 1) {
    throw new KnowledgeGraphError(`"${ref}" is ambiguous: ${candidates.map((entity) => entity.id).join(', ')}; pass an id`);
  }
  return first.id;
}
