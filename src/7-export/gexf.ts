/**
 * GEXF 1.3 export (Gephi), written by graphology-gexf. Colours are written as viz r/g/b channels
 * (readers such as networkx need them), sizes and positions as viz elements, and every data
 * attribute is declared with a scalar type (lists joined with `|`, evidence as a JSON string).
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { KnowledgeGraphData } from '../6-graph/types.js';
import { edgeLabel, edgeWeight, rgbOf, scalarEdgeAttributes, scalarNodeAttributes, type ScalarAttributes } from './scalar-attributes.js';
import { xmlIds } from './xml-ids.js';
import { xmlSafe } from './xml-text.js';

interface GexfElement {
  label: string;
  attributes: ScalarAttributes;
  viz?: { color?: string; size?: number; x?: number; y?: number };
  weight?: number;
}

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Build the graph graphology-gexf writes: XML-safe keys, attributes already in GEXF shape. */
function gexfShapedGraph(graph: KnowledgeGraphData): MultiDirectedGraph<GexfElement, GexfElement> {
  const ids = xmlIds(graph, 'gexf');
  const shaped = new MultiDirectedGraph<GexfElement, GexfElement>();
  shaped.setAttribute('creator', 'shiting-kg');
  graph.forEachNode((key, node) => {
    const rgb = rgbOf(node.color);
    const viz: GexfElement['viz'] = {};
    if (rgb !== undefined) viz.color = `rgb(${rgb.r},${rgb.g},${rgb.b})`;
    if (finite(node.size) !== undefined) viz.size = node.size;
    if (finite(node.x) !== undefined && finite(node.y) !== undefined) Object.assign(viz, { x: node.x, y: node.y });
    shaped.addNode(ids.node(key), { label: xmlSafe(node.label), attributes: scalarNodeAttributes(node), viz });
  });
  graph.forEachEdge((key, edge, source, target) => {
    shaped.addDirectedEdgeWithKey(ids.edge(key), ids.node(source), ids.node(target), {
      label: edgeLabel(edge),
      attributes: scalarEdgeAttributes(edge),
      weight: edgeWeight(edge),
    });
  });
  return shaped;
}

/**
 * The graph as a GEXF 1.3 document. Node ids are the entity ids, edge ids the edge keys (minus any
 * character XML cannot carry); edge weight is the number of evidence sentences.
 */
export function toGexf(graph: KnowledgeGraphData): string {
  return write(gexfShapedGraph(graph), {
    version: '1.3',
    formatNode: (_key, element) => ({ ...element }),
    formatEdge: (_key, element) => ({ ...element }),
  });
}
