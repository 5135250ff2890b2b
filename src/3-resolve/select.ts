import type { Candidate } from '../2-mentions/recognizer.js';

/** Named spans (titles of works, documents, agreements, events) may contain names of the other layer. */
const TITLE_LAYER = new Set(['work', 'document', 'agreement', 'event']);
const layerOf = (c: Candidate) => (TITLE_LAYER.has(c.kind) ? 0 : c.kind === 'title' || c.kind === 'place' ? 1 : 2);

/**
 * Chooses among overlapping candidates: within one layer no two kept spans overlap; the higher
 * priority wins, then the longer span, then the earlier recognizer. Layers may nest (an organization
 * inside an agreement's title), and named things may nest in each other when of different kinds
 * (电视剧《幸福草》创作座谈会 holds the work 幸福草). Each layer keeps, per character, which kept span
 * covers it, so a candidate is checked in time proportional to its length.
 */
export function selectCandidates(candidates: readonly Candidate[], textLength = maxEnd(candidates)): Candidate[] {
  // Array sort is stable: candidates of equal priority and length stay in recognizer order.
  const order = candidates.slice().sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start));
  const owners = [0, 1, 2].map(() => new Int32Array(textLength + 1).fill(-1));
  const kept: Candidate[] = [];
  for (const c of order) {
    const layer = layerOf(c);
    const owner = owners[layer]!;
    const start = Math.max(0, c.start);
    const end = Math.min(textLength, c.end);
    let blocked = false;
    for (let i = start; i < end && !blocked; i++) {
      const k = owner[i]!;
      if (k < 0) continue;
      const other = kept[k]!;
      const nests = layer === 0 && other.kind !== c.kind
        && ((other.start <= c.start && c.end <= other.end) || (c.start <= other.start && other.end <= c.end));
      if (!nests) blocked = true;
    }
    if (blocked) continue;
    const index = kept.length;
    kept.push(c);
    for (let i = start; i < end; i++) if (owner[i]! < 0) owner[i] = index;
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function maxEnd(candidates: readonly Candidate[]): number {
  let end = 0;
  for (const c of candidates) if (c.end > end) end = c.end;
  return end;
}
