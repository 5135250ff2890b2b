import { describe, expect, it } from 'vitest';
import { ExtractionGraph } from '../../src/6-graph/knowledge-graph.js';
import { exportFiles } from '../../src/7-export/index.js';
import type { Entity, ExtractionResult } from '../../src/types.js';

const entity = (id: string, confidence: number): Entity => {
  const [type, name] = id.split(':') as [Entity['type'], string];
  return { id, type, name, aliases: [], mentions: [{ start: 0, end: name.length, text: name }], confidence };
};

/** One invented bulletin: an organization (0.625), an official (0.875) and his post (0.375). */
function graph(): ExtractionGraph {
  const result: ExtractionResult = {
    entities: [entity('organization:星澜影业', 0.625), entity('official:周启航', 0.875)],
    relations: [{
      id: 'r1', type: 'holds_position', source: 'official:周启航', target: 'organization:星澜影业', title: '总经理', confidence: 0.375,
      evidence: { sentence: '星澜影业总经理周启航出席。', start: 0, end: 13 },
    }],
    meta: {},
  };
  const kg = new ExtractionGraph();
  kg.addExtraction(result, { id: 'a.txt' });
  kg.layout({ positions: false });
  return kg;
}

const files = Object.fromEntries(exportFiles(graph(), ['json', 'gexf', 'graphml', 'csv', 'neo4j', 'html']).map((f) => [f.name, String(f.content)]));

/** The row of `id` in a CSV file (simple cells), as column → cell. */
function csvRow(text: string, id: string): Record<string, string> {
  const [header, ...rows] = text.replace(/^\uFEFF/, '').trim().split('\n');
  const row = rows.find((line) => line.startsWith(`${id},`) || line.includes(`,${id},`))!;
  const columns = header!.split(',');
  const cells = row.split(',');
  return Object.fromEntries(columns.map((column, i) => [column, cells[i]!]));
}

describe('every export carries confidence', () => {
  it.each([
    ['JSON: node attribute', () => JSON.parse(files['graph.json']!).graph.nodes.find((n: { key: string }) => n.key === 'official:周启航').attributes.confidence, 0.875],
    ['JSON: edge attribute', () => JSON.parse(files['graph.json']!).graph.edges[0].attributes.confidence, 0.375],
    ['GEXF: declared', () => /<attribute id="[^"]*" title="confidence" type="(double|float)"/.test(files['graph.gexf']!), true],
    ['GEXF: a node value', () => /<attvalue for="[^"]*" value="0\.875"/.test(files['graph.gexf']!), true],
    ['GraphML: declared for nodes and edges', () => (files['graph.graphml']!.match(/attr\.name="confidence" attr\.type="double"/g) ?? []).length, 2],
    ['GraphML: an edge value', () => />0\.375</.test(files['graph.graphml']!), true],
    ['CSV: nodes column', () => csvRow(files['nodes.csv']!, 'organization:星澜影业').confidence, '0.625'],
    ['Neo4j admin: nodes column', () => csvRow(files['neo4j/nodes.csv']!, 'official:周启航')['confidence:float'], '0.875'],
    ['Neo4j Cypher: relationship property', () => JSON.parse(files['neo4j/import.json']!).statements.find((s: { statement: string }) => s.statement.includes('HOLDS_POSITION')).parameters.rows[0].props.confidence, 0.375],
    ['HTML: viewer data of the edge', () => JSON.parse(/id="graph-data">([\s\S]*?)<\/script>/.exec(files['graph.html']!)![1]!).edges[0].confidence, 0.375],
    ['HTML: the threshold control', () => files['graph.html']!.includes('min-confidence'), true],
  ])('%s', (_label, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it('CSV: edges column', () => {
    const text = files['edges.csv']!.replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]!.split(',').at(-1)).toBe('confidence');
    expect(text.trim().split('\n')[1]!.endsWith(',0.375')).toBe(true);
  });
});
