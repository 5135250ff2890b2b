/**
 * Turn the knowledge graph into the plain data the HTML viewer embeds ({@link ViewerData}).
 * Pure and deterministic: the same graph always gives the same data.
 */
import type Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { entityColor } from '../../6-graph/palette.js';
import { isolatedRingPositions } from './isolated-ring.js';
import { ENTITY_LABELS, RELATION_LABELS } from './legend.js';
import type { ViewerData, ViewerEdge, ViewerNode, ViewerType } from './viewer-data.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The legend label of an entity type; an unknown type is shown as it is. */
function typeLabel(type: string): string {
  return Object.prototype.hasOwnProperty.call(ENTITY_LABELS, type) ? ENTITY_LABELS[type as keyof typeof ENTITY_LABELS] : type;
}

/**
 * Positions for nodes without finite `x`/`y`: when no node has a position, a sunflower spiral with
 * the highest-degree nodes in the middle; otherwise evenly on a ring around the positioned nodes.
 */
function fallbackPositions(
  graph: Graph<NodeAttributes, EdgeAttributes>,
  missing: string[],
): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  if (missing.length === 0) return positions;
  if (missing.length === graph.order) {
    const byDegree = missing
      .map((key, index) => ({ key, index, degree: graph.degree(key) }))
      .sort((a, b) => b.degree - a.degree || a.index - b.index);
    byDegree.forEach(({ key }, i) => {
      const r = 10 * Math.sqrt(i + 0.5);
      positions.set(key, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
    });
    return positions;
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, attrs) => {
    if (!isFiniteNumber(attrs.x) || !isFiniteNumber(attrs.y)) return;
    minX = Math.min(minX, attrs.x);
    maxX = Math.max(maxX, attrs.x);
    minY = Math.min(minY, attrs.y);
    maxY = Math.max(maxY, attrs.y);
  });
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const radius = Math.max(maxX - minX, maxY - minY, 1) * 0.6;
  missing.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / missing.length;
    positions.set(key, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
  return positions;
}

/**
 * The colour of each type in the legend: the palette colour, unless every node of that type carries
 * the same `color` attribute (the graph was already coloured by type), in which case that colour.
 */
function typeColors(graph: Graph<NodeAttributes, EdgeAttributes>): Map<string, string> {
  const stored = new Map<string, string | null>();
  graph.forEachNode((_key, attrs) => {
    const color = typeof attrs.color === 'string' && attrs.color !== '' ? attrs.color : null;
    if (!stored.has(attrs.type)) stored.set(attrs.type, color);
    else if (stored.get(attrs.type) !== color) stored.set(attrs.type, null);
  });
  const colors = new Map<string, string>();
  for (const [type, color] of stored) colors.set(type, color ?? entityColor(type));
  return colors;
}

/** Move the nodes without relations onto rings around the rest (see ./isolated-ring.ts). */
function placeIsolatedOnRing(graph: Graph<NodeAttributes, EdgeAttributes>, nodes: ViewerNode[]): void {
  const ring = isolatedRingPositions(nodes.map((node) => ({ ...node, degree: graph.degree(node.key) })));
  for (const node of nodes) {
    const position = ring.get(node.key);
    if (position) Object.assign(node, position);
  }
}

/** Build the data embedded in the HTML viewer. */
export function toViewerData(graph: Graph<NodeAttributes, EdgeAttributes>, title: string): ViewerData {
  const missing: string[] = [];
  let maxDegree = 1;
  graph.forEachNode((key, attrs) => {
    if (!isFiniteNumber(attrs.x) || !isFiniteNumber(attrs.y)) missing.push(key);
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  const fallback = fallbackPositions(graph, missing);
  const colors = typeColors(graph);

  const counts = new Map<string, number>();
  const nodes: ViewerNode[] = graph.mapNodes((key, attrs) => {
    counts.set(attrs.type, (counts.get(attrs.type) ?? 0) + 1);
    const position = fallback.get(key) ?? { x: attrs.x as number, y: attrs.y as number };
    const size = isFiniteNumber(attrs.size) && attrs.size > 0
      ? attrs.size
      : 4 + 10 * Math.sqrt(graph.degree(key) / maxDegree);
    const node: ViewerNode = {
      key,
      label: String(attrs.label ?? key),
      type: String(attrs.type),
      aliases: Array.isArray(attrs.aliases) ? attrs.aliases.map(String) : [],
      mentions: isFiniteNumber(attrs.mentions) ? attrs.mentions : 0,
      documents: Array.isArray(attrs.documents) ? attrs.documents.map(String) : [],
      x: position.x,
      y: position.y,
      size,
    };
    if (attrs.subtype) node.subtype = String(attrs.subtype);
    if (isFiniteNumber(attrs.confidence)) node.confidence = attrs.confidence;
    if (typeof attrs.color === 'string' && attrs.color !== '' && attrs.color !== colors.get(attrs.type)) {
      node.ownColor = attrs.color;
    }
    return node;
  });

  placeIsolatedOnRing(graph, nodes);

  const edges: ViewerEdge[] = graph.mapEdges((key, attrs, source, target) => {
    const edge: ViewerEdge = {
      key,
      source,
      target,
      type: String(attrs.type),
      evidence: (Array.isArray(attrs.evidence) ? attrs.evidence : []).map((e) => {
        const evidence: ViewerEdge['evidence'][number] = { sentence: String(e.sentence), document: String(e.document) };
        if (e.date) evidence.date = String(e.date);
        return evidence;
      }),
    };
    if (attrs.title) edge.title = String(attrs.title);
    if (attrs.status) edge.status = String(attrs.status);
    if (attrs.date) edge.date = String(attrs.date);
    if (isFiniteNumber(attrs.confidence)) edge.confidence = attrs.confidence;
    return edge;
  });

  // Legend order: the declared entity types first, then any unknown ones alphabetically.
  const declared = Object.keys(ENTITY_LABELS);
  const types: ViewerType[] = [...counts.keys()]
    .sort((a, b) => {
      const ia = declared.indexOf(a);
      const ib = declared.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    })
    .map((type) => ({
      type,
      label: typeLabel(type),
      color: colors.get(type)!,
      count: counts.get(type) ?? 0,
    }));

  return { version: 1, title, types, relationLabels: { ...RELATION_LABELS }, nodes, edges };
}
