/**
 * Where the viewer draws nodes without any relation: on rings around the connected part of the graph,
 * grouped by type. A force layout flings them to random spots at the edge, where they read as noise
 * among the real clusters (a third of the demo's nodes); on a ring they are out of the way, and the
 * viewer can hide them with one toggle.
 */

export interface RingNode {
  key: string;
  type: string;
  label: string;
  x: number;
  y: number;
  /** Relations of the node; 0 puts it on the ring. */
  degree: number;
}

/** Gap between two neighbours on a ring, as a share of the connected part's extent. */
const GAP = 1 / 24;
/** Radius of the first ring as a share of the connected part's half-extent: outside all but its corners. */
const FIRST_RING = 1.35;

/**
 * New positions of the isolated nodes (degree 0) of `nodes`: evenly on a ring around the bounding box
 * of the connected ones, sorted by type then label so that each type is one arc; more rings further out
 * when one ring would crowd them closer than {@link GAP}. Deterministic; an empty map when no node is
 * isolated or none is connected (then there is nothing to go around).
 */
export function isolatedRingPositions(nodes: readonly RingNode[]): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const connected = nodes.filter((n) => n.degree > 0);
  const isolated = nodes.filter((n) => n.degree === 0);
  if (isolated.length === 0 || connected.length === 0) return positions;
  const xs = connected.map((n) => n.x);
  const ys = connected.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const gap = extent * GAP;
  isolated.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  let placed = 0;
  for (let ring = 0; placed < isolated.length; ring++) {
    const radius = (extent / 2) * FIRST_RING + ring * gap * 1.5;
    const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / gap));
    const count = Math.min(capacity, isolated.length - placed);
    for (let i = 0; i < count; i++) {
      // Start at the top and go clockwise, the way a reader scans a circle.
      const angle = Math.PI / 2 - (2 * Math.PI * i) / count;
      positions.set(isolated[placed + i]!.key, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    }
    placed += count;
  }
  return positions;
}
