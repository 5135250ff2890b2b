import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/7-export/index.js';
import type { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { docB } from '../6-graph/fixtures.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { HOSTILE_NAMES, hostileGraph, python, tempFile, withNetworkx, withoutXmlForbidden } from './helpers.js';

/** The fixture graph with a second position of 曹淑敏 at the same organization: two parallel edges. */
function withParallelEdges(): KnowledgeGraph {
  const kg = fixtureGraph();
  const extra = docB();
  extra.relations = extra.relations.filter((r) => r.title === '局长').map((r) => ({ ...r, title: '党组书记' }));
  kg.addExtraction(extra, { id: 'c.txt' });
  kg.layout({ iterations: 20 });
  kg.detectCommunities();
  return kg;
}

const NETWORKX_READ = `
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, d["id"], d) for u, v, d in G.edges(data=True))
print(json.dumps({"multi": G.is_multigraph(), "nodes": {n: d for n, d in G.nodes(data=True)}, "edges": {k: [u, v, d] for u, v, k, d in edges}}))
`;

describe('toGraphml', () => {
  it('round-trips through graphology-graphml, parallel edges included', () => {
    const kg = withParallelEdges();
    const back = parse(MultiDirectedGraph, toGraphml(kg.graph));
    expect(back.nodes().sort()).toEqual(kg.graph.nodes().sort());
    expect(back.edges().sort()).toEqual(kg.graph.edges().sort());
    expect(back.edges('official:曹淑敏', 'organization:国家广播电视总局')).toHaveLength(2);
    const original = kg.graph.getNodeAttributes('official:曹淑敏');
    expect(back.getNodeAttributes('official:曹淑敏')).toEqual({
      label: '曹淑敏',
      type: 'official',
      subtype: 'government',
      mentions: original.mentions,
      documents: 'a.txt|b.txt|c.txt',
      community: original.community,
      x: original.x,
      y: original.y,
      size: original.size,
      color: original.color,
    });
    const key = 'holds_position|official:曹淑敏|organization:国家广播电视总局|党组书记';
    expect(back.getEdgeAttributes(key)).toMatchObject({ label: '党组书记', type: 'holds_position', title: '党组书记', weight: 1 });
    expect(JSON.parse(back.getEdgeAttribute(key, 'evidence') as string)).toEqual(kg.graph.getEdgeAttribute(key, 'evidence'));
  });

  it('declares every attribute with a type', () => {
    const graphml = toGraphml(withParallelEdges().graph);
    expect(graphml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(graphml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(graphml).toContain('<key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>');
    expect(graphml).toContain('<graph id="G" edgedefault="directed">');
  });

  withNetworkx('loads in networkx read_graphml with every node, edge and attribute', () => {
    const kg = withParallelEdges();
    const read = python(NETWORKX_READ, tempFile('graph.graphml', toGraphml(kg.graph))) as {
      multi: boolean;
      nodes: Record<string, Record<string, unknown>>;
      edges: Record<string, [string, string, Record<string, unknown>]>;
    };
    expect(read.multi).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(kg.graph.nodes().sort());
    expect(Object.keys(read.edges).sort()).toEqual(kg.graph.edges().sort());
    kg.graph.forEachNode((key, node) => {
      expect(read.nodes[key]).toMatchObject({ label: node.label, type: node.type, mentions: node.mentions, x: node.x, size: node.size });
      expect(read.nodes[key]).toHaveProperty('r');
    });
    kg.graph.forEachEdge((key, edge, source, target) => {
      const [u, v, data] = read.edges[key]!;
      expect([u, v]).toEqual([source, target]);
      expect(data).toMatchObject({ type: edge.type, weight: edge.evidence.length });
      expect(JSON.parse(data.evidence as string)).toEqual(edge.evidence);
    });
  });

  describe('with hostile names', () => {
    const kg = hostileGraph();
    const graphml = toGraphml(kg.graph);

    it('escapes markup and drops characters XML forbids', () => {
      expect(graphml).not.toContain('<img');
      expect(graphml).not.toContain('</script>');
      expect(graphml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(graphml).not.toMatch(/[\uD800-\uDFFF]/);
    });

    it('reads back every hostile name (minus forbidden characters; XML turns CR LF into LF in text)', () => {
      const back = parse(MultiDirectedGraph, graphml);
      const labels = new Set(back.mapNodes((_key, attributes) => attributes.label as string));
      for (const name of Object.values(HOSTILE_NAMES)) expect(labels).toContain(withoutXmlForbidden(name).replace(/\r\n/g, '\n'));
      expect(back.size).toBe(kg.graph.size);
    });

    withNetworkx('still loads in networkx', () => {
      const read = python(NETWORKX_READ, tempFile('hostile.graphml', graphml)) as { nodes: object; edges: object };
      expect(Object.keys(read.nodes)).toHaveLength(kg.graph.order);
      expect(Object.keys(read.edges)).toHaveLength(kg.graph.size);
    });
  });
});
