import type { Candidate } from '../extract/recognizer.js';

/** Named spans (titles of works, documents, agreements, events) may contain names of the other layer. */
const TITLE_LAYER = new Set(['work', 'document', 'agreement', 'event']);
const layerOf = (c: Candidate) => (TITLE_LAYER.has(c.kind) ? 'title' : c.kind === 'title' || c.kind === 'place' ? 'aux' : 'name');

/**
 * Chooses among overlapping candidates: within one layer no two kept spans overlap; the higher
 * priority wins, then the longer span, then the earlier recognizer. Layers may nest (an organization
 * inside an agreement's title).
 */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.priority - a.c.priority || (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  const byLayer = new Map<string, Candidate[]>();
  for (const { c } of order) {
    const layer = layerOf(c);
    const list = byLayer.get(layer) ?? [];
    if (list.some((k) => k.start < c.end && c.start < k.end)) continue;
    // An official's or organization's name never overlaps a title or place partially.
    list.push(c);
    byLayer.set(layer, list);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
