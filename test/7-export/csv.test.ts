import { describe, expect, it } from 'vitest';
import { EDGE_COLUMNS, NODE_COLUMNS, neutraliseFormula, toCsv } from '../../src/7-export/index.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { HOSTILE_NAMES, hostileGraph, python, tempFile, withPython } from './helpers.js';

/** Python's csv module as the independent reader (the file starts with a UTF-8 byte-order mark). */
const PYTHON_CSV = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    print(json.dumps(list(csv.DictReader(f))))
`;

function files(kg = fixtureGraph()): Record<string, string> {
  return Object.fromEntries(toCsv(kg.graph).map((file) => [file.name, file.content]));
}

describe('neutraliseFormula', () => {
  it.each([
    ['equals', '=SUM(A1)', "'=SUM(A1)"],
    ['plus', '+1', "'+1"],
    ['minus', '-1', "'-1"],
    ['at', '@cmd', "'@cmd"],
    ['tab', '\tx', "'\tx"],
    ['carriage return', '\rx', "'\rx"],
    ['a space before the sign', ' =SUM(A1)', "' =SUM(A1)"],
    ['an ideographic space before the sign', '\u3000+1', "'\u3000+1"],
    ['full-width equals', '＝SUM(A1)', "'＝SUM(A1)"],
    ['full-width plus, minus, at', '＋1', "'＋1"],
    ['full-width at', '＠cmd', "'＠cmd"],
    ['plain Chinese', '国家广播电视总局', '国家广播电视总局'],
    ['a space before plain text', ' 国家广播电视总局', ' 国家广播电视总局'],
    ['formula sign later in the cell', 'a=b', 'a=b'],
    ['empty', '', ''],
  ])('%s', (_label, input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes nodes.csv and edges.csv with a header row and a BOM', () => {
    const { 'nodes.csv': nodes, 'edges.csv': edges } = files();
    expect(nodes!.startsWith(`\uFEFF${NODE_COLUMNS.join(',')}\n`)).toBe(true);
    expect(edges!.startsWith(`\uFEFF${EDGE_COLUMNS.join(',')}\n`)).toBe(true);
  });

  withPython('reads back with Python csv: one row per node and per edge', () => {
    const kg = fixtureGraph();
    kg.layout({ iterations: 10 });
    const { 'nodes.csv': nodes, 'edges.csv': edges } = files(kg);
    const nodeRows = python(PYTHON_CSV, tempFile('nodes.csv', nodes!)) as Array<Record<string, string>>;
    const edgeRows = python(PYTHON_CSV, tempFile('edges.csv', edges!)) as Array<Record<string, string>>;
    expect(nodeRows.map((row) => row.id).sort()).toEqual(kg.graph.nodes().sort());
    expect(edgeRows.map((row) => row.id).sort()).toEqual(kg.graph.edges().sort());
    const nrta = nodeRows.find((row) => row.id === 'organization:国家广播电视总局')!;
    expect(nrta).toMatchObject({ label: '国家广播电视总局', type: 'organization', aliases: '广电总局|总局', documents: 'a.txt|b.txt', color: '#2f6fde' });
    expect(Number(nrta.x)).toBe(kg.graph.getNodeAttribute('organization:国家广播电视总局', 'x'));
    const key = 'holds_position|official:曹淑敏|organization:国家广播电视总局|局长';
    const edge = edgeRows.find((row) => row.id === key)!;
    expect(edge).toMatchObject({ source: 'official:曹淑敏', target: 'organization:国家广播电视总局', relation: 'holds_position', title: '局长', weight: '2' });
    expect(JSON.parse(edge.evidence!)).toEqual(kg.graph.getEdgeAttribute(key, 'evidence'));
  });

  withPython('keeps quotes, commas and line breaks inside cells, and neutralises formulas', () => {
    const kg = hostileGraph();
    const { 'nodes.csv': nodes, 'edges.csv': edges } = files(kg);
    const rows = python(PYTHON_CSV, tempFile('nodes.csv', nodes!)) as Array<Record<string, string>>;
    const labels = new Set(rows.map((row) => row.label));
    for (const name of [HOSTILE_NAMES.quotes, HOSTILE_NAMES.multiline, HOSTILE_NAMES.separators, HOSTILE_NAMES.html, HOSTILE_NAMES.script]) {
      expect(labels).toContain(name);
    }
    for (const name of [HOSTILE_NAMES.formula, HOSTILE_NAMES.plus, HOSTILE_NAMES.minus, HOSTILE_NAMES.at, HOSTILE_NAMES.tab]) {
      expect(labels).toContain(`'${name}`);
      expect(labels).not.toContain(name);
    }
    // every text cell of both files, ids and titles included
    const edgeRows = python(PYTHON_CSV, tempFile('edges.csv', edges!)) as Array<Record<string, string>>;
    expect(edgeRows.some((row) => row.title === `'${HOSTILE_NAMES.formula}`)).toBe(true);
    const numeric = new Set(['mentions', 'community', 'x', 'y', 'size', 'weight']);
    for (const row of [...rows, ...edgeRows]) {
      for (const [column, cell] of Object.entries(row)) if (!numeric.has(column)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  withPython('writes negative coordinates as numbers, not neutralised text', () => {
    const kg = fixtureGraph();
    kg.graph.forEachNode((node) => kg.graph.mergeNodeAttributes(node, { x: -12.5, y: -3 }));
    const rows = python(PYTHON_CSV, tempFile('nodes.csv', files(kg)['nodes.csv']!)) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ x: '-12.5', y: '-3' });
  });
});
