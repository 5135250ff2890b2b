import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/7-export/index.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { HAS_XMLLINT, HOSTILE_NAMES, hostileGraph, itWhen, NO_XMLLINT, python, tempFile, withNetworkx, withoutXmlForbidden } from './helpers.js';

const SCHEMA = '/work/shared/bench/gexf-1.3/gexf.rng';
/** xmllint and the schema, which lives beside the repository (a clone elsewhere has no copy). */
const withXmllint = itWhen(HAS_XMLLINT && existsSync(SCHEMA), 'GEXF schema checks', HAS_XMLLINT ? `needs the GEXF 1.3 schema at ${SCHEMA}` : NO_XMLLINT);

function laidOut() {
  const kg = fixtureGraph();
  kg.layout({ iterations: 50 });
  kg.detectCommunities();
  return kg;
}

/** Validate against the GEXF 1.3 RELAX NG schema (which has no slot for xsi:schemaLocation). */
function xmllint(gexf: string): { ok: boolean; output: string } {
  const stripped = gexf.replace(/ xmlns:xsi="[^"]*"/, '').replace(/ xsi:schemaLocation="[^"]*"/, '');
  const result = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, tempFile('graph.gexf', stripped)], { encoding: 'utf8' });
  return { ok: result.status === 0, output: result.stderr };
}

/**
 * Read with networkx. Debian's networkx (2.8) predates GEXF 1.3 support (networkx PR #8196), so the
 * 1.3 namespaces are registered exactly as newer networkx does before reading.
 */
const NETWORKX_READ = `
import json, sys, networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions.setdefault("1.3", {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
  "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
  "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"})
G = nx.read_gexf(sys.argv[1])
edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, d["id"], d) for u, v, d in G.edges(data=True))
print(json.dumps({"nodes": {n: d for n, d in G.nodes(data=True)}, "edges": {k: [u, v, d] for u, v, k, d in edges}}))
`;

interface NetworkxGraph {
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, [string, string, Record<string, unknown>]>;
}

describe('toGexf', () => {
  it('round-trips through graphology-gexf: every node, edge and attribute', () => {
    const kg = laidOut();
    const back = parse(MultiDirectedGraph, toGexf(kg.graph));
    expect(back.nodes().sort()).toEqual(kg.graph.nodes().sort());
    expect(back.edges().sort()).toEqual(kg.graph.edges().sort());
    const node = back.getNodeAttributes('organization:国家广播电视总局');
    const original = kg.graph.getNodeAttributes('organization:国家广播电视总局');
    expect(node).toMatchObject({
      label: '国家广播电视总局',
      type: 'organization',
      subtype: 'government',
      aliases: '广电总局|总局',
      mentions: original.mentions,
      documents: 'a.txt|b.txt',
      community: original.community,
      color: 'rgb(47,111,222)',
      size: original.size,
    });
    expect(node.x).toBeCloseTo(original.x!, 6);
    const key = 'holds_position|official:曹淑敏|organization:国家广播电视总局|局长';
    const edge = back.getEdgeAttributes(key);
    expect(edge).toMatchObject({ type: 'holds_position', title: '局长', status: 'current', date: '2024-06-03', weight: 2, label: '局长' });
    expect(JSON.parse(edge.evidence as string)).toEqual(kg.graph.getEdgeAttribute(key, 'evidence'));
    expect(back.source(key)).toBe('official:曹淑敏');
  });

  it('writes colours as r/g/b channels, not hex', () => {
    const gexf = toGexf(laidOut().graph);
    expect(gexf).toContain('<viz:color r="47" g="111" b="222"/>');
    expect(gexf).not.toContain('hex=');
  });

  withXmllint('validates against the GEXF 1.3 RELAX NG schema (xmllint)', () => {
    expect(xmllint(toGexf(laidOut().graph))).toEqual({ ok: true, output: expect.stringContaining('validates') });
  });

  withNetworkx('loads in networkx read_gexf with every node, edge and attribute', () => {
    const kg = laidOut();
    const read = python(NETWORKX_READ, tempFile('graph.gexf', toGexf(kg.graph))) as NetworkxGraph;
    expect(Object.keys(read.nodes).sort()).toEqual(kg.graph.nodes().sort());
    expect(Object.keys(read.edges).sort()).toEqual(kg.graph.edges().sort());
    kg.graph.forEachNode((key, node) => {
      expect(read.nodes[key]).toMatchObject({ label: node.label, type: node.type, mentions: node.mentions, community: node.community });
      expect(read.nodes[key]!.viz).toMatchObject({ color: { r: expect.any(Number), g: expect.any(Number), b: expect.any(Number) }, size: node.size });
    });
    kg.graph.forEachEdge((key, edge, source, target) => {
      const [u, v, data] = read.edges[key]!;
      expect([u, v]).toEqual([source, target]);
      expect(data).toMatchObject({ type: edge.type, documents: edge.documents.join('|'), weight: edge.evidence.length });
      expect(JSON.parse(data.evidence as string)).toEqual(edge.evidence);
    });
  });
});

describe('toGexf with hostile names', () => {
  const kg = hostileGraph();
  const gexf = toGexf(kg.graph);

  it('escapes markup and drops characters XML forbids', () => {
    expect(gexf).not.toContain('<img');
    expect(gexf).not.toContain('</script>');
    expect(gexf).toContain('&lt;img src=x onerror=alert(1)>');
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(gexf).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('reads back every hostile name (minus forbidden characters)', () => {
    const back = parse(MultiDirectedGraph, gexf);
    const labels = new Set(back.mapNodes((_key, attributes) => attributes.label as string));
    for (const name of Object.values(HOSTILE_NAMES)) expect(labels).toContain(withoutXmlForbidden(name));
  });

  withXmllint('still validates (xmllint)', () => {
    expect(xmllint(gexf).ok).toBe(true);
  });

  withNetworkx('still loads in networkx', () => {
    const read = python(NETWORKX_READ, tempFile('hostile.gexf', gexf)) as NetworkxGraph;
    expect(Object.keys(read.nodes)).toHaveLength(kg.graph.order);
    expect(Object.keys(read.edges)).toHaveLength(kg.graph.size);
  });
});
