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
    // Named things may nest (电视剧《幸福草》创作座谈会 holds the work 幸福草); they may not cross.
    const nests = (k: Candidate) => layer === 'title' && k.kind !== c.kind && ((k.start <= c.start && c.end <= k.end) || (c.start <= k.start && k.end <= c.end));
    if (list.some((k) => k.start < c.end && c.start < k.end && !nests(k))) continue;
    // An official's or organization's name never overlaps a title or place partially.
    list.push(c);
    byLayer.set(layer, list);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
