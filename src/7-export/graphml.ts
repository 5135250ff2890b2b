/**
 * GraphML export (yEd, Gephi, networkx, igraph). graphology-graphml only parses, so the document is
 * built as data and serialised by fast-xml-parser's XMLBuilder, which escapes markup. Every
 * attribute is declared as a typed `<key>`; colours are written as r/g/b channels (read back as
 * `color` by graphology-graphml, as r/g/b by networkx and Gephi).
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { KnowledgeGraphData } from '../6-graph/types.js';
import { edgeLabel, edgeWeight, rgbOf, scalarEdgeAttributes, scalarNodeAttributes, type ScalarAttributes } from './scalar-attributes.js';
import { xmlIds } from './xml-ids.js';
import { xmlSafe } from './xml-text.js';

type GraphmlType = 'string' | 'int' | 'double';

/** The declared attributes, in output order: name → GraphML type. */
const NODE_KEYS: ReadonlyArray<[string, GraphmlType]> = [
  ['label', 'string'], ['type', 'string'], ['subtype', 'string'], ['aliases', 'string'], ['mentions', 'int'],
  ['documents', 'string'], ['community', 'int'], ['pagerank', 'double'], ['x', 'double'], ['y', 'double'],
  ['size', 'double'], ['r', 'int'], ['g', 'int'], ['b', 'int'], ['confidence', 'double'],
];
const EDGE_KEYS: ReadonlyArray<[string, GraphmlType]> = [
  ['label', 'string'], ['type', 'string'], ['title', 'string'], ['status', 'string'], ['date', 'string'],
  ['documents', 'string'], ['evidence', 'string'], ['weight', 'double'], ['confidence', 'double'],
];

const keyId = (domain: 'node' | 'edge', name: string): string => `${domain[0]}_${name}`;

function dataElements(domain: 'node' | 'edge', keys: ReadonlyArray<[string, GraphmlType]>, values: ScalarAttributes): object[] {
  return keys
    .filter(([name]) => values[name] !== undefined)
    .map(([name]) => ({ '@_key': keyId(domain, name), '#text': String(values[name]) }));
}

function nodeValues(graph: KnowledgeGraphData, key: string): ScalarAttributes {
  const node = graph.getNodeAttributes(key);
  const values: ScalarAttributes = { label: xmlSafe(node.label), ...scalarNodeAttributes(node) };
  for (const name of ['x', 'y', 'size'] as const) {
    const value = node[name];
    if (value !== undefined && Number.isFinite(value)) values[name] = value;
  }
  Object.assign(values, rgbOf(node.color));
  return values;
}

function edgeValues(graph: KnowledgeGraphData, key: string): ScalarAttributes {
  const edge = graph.getEdgeAttributes(key);
  return { label: edgeLabel(edge), ...scalarEdgeAttributes(edge), weight: edgeWeight(edge) };
}

/** Declare only the keys some element uses. */
function usedKeys(keys: ReadonlyArray<[string, GraphmlType]>, elements: ScalarAttributes[]): ReadonlyArray<[string, GraphmlType]> {
  return keys.filter(([name]) => elements.some((values) => values[name] !== undefined));
}

/**
 * The graph as a GraphML document (directed; parallel edges kept, each with its edge key as id).
 * Lists are joined with `|` and evidence is a JSON string, as in the GEXF export.
 */
export function toGraphml(graph: KnowledgeGraphData): string {
  const ids = xmlIds(graph, 'graphml');
  const nodes = graph.mapNodes((key) => ({ key, values: nodeValues(graph, key) }));
  const edges = graph.mapEdges((key, _attributes, source, target) => ({ key, source, target, values: edgeValues(graph, key) }));
  const nodeKeys = usedKeys(NODE_KEYS, nodes.map((node) => node.values));
  const edgeKeys = usedKeys(EDGE_KEYS, edges.map((edge) => edge.values));
  const declare = (domain: 'node' | 'edge') => ([name, type]: [string, GraphmlType]) => ({
    '@_id': keyId(domain, name), '@_for': domain, '@_attr.name': name, '@_attr.type': type,
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...nodeKeys.map(declare('node')), ...edgeKeys.map(declare('edge'))],
      graph: {
        '@_id': 'G',
        '@_edgedefault': 'directed',
        node: nodes.map(({ key, values }) => ({ '@_id': ids.node(key), data: dataElements('node', nodeKeys, values) })),
        edge: edges.map(({ key, source, target, values }) => ({
          '@_id': ids.edge(key),
          '@_source': ids.node(source),
          '@_target': ids.node(target),
          data: dataElements('edge', edgeKeys, values),
        })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  return builder.build(document);
}
