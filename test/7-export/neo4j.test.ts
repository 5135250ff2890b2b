import { describe, expect, it } from 'vitest';
import {
  BATCH_SIZE, NEO4J_LABELS, NEO4J_RELATIONSHIP_TYPES, NODE_HEADER, RELATIONSHIP_HEADER, toNeo4j, type CypherStatement,
} from '../../src/7-export/index.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { HOSTILE_NAMES, hostileGraph, python, tempFile, withPython } from './helpers.js';

function files(kg: KnowledgeGraph): Record<string, string> {
  return Object.fromEntries(toNeo4j(kg.graph).map((file) => [file.name, file.content]));
}

const PYTHON_CSV = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.reader(f))))
`;

describe('toNeo4j: neo4j-admin import files', () => {
  const out = files(fixtureGraph());

  it('writes the documented files', () => {
    expect(Object.keys(out).sort()).toEqual([
      'neo4j/README.md', 'neo4j/import.cypher', 'neo4j/import.json', 'neo4j/nodes.csv', 'neo4j/relationships.csv', 'neo4j/schema.cypher',
    ]);
    expect(out['neo4j/README.md']).toContain('--array-delimiter=";"');
  });

  it('uses typed neo4j-admin headers', () => {
    expect(out['neo4j/nodes.csv']!.split('\n')[0]).toBe('id:ID,name,type,subtype,aliases:string[],mentions:int,documents:string[],confidence:float,:LABEL');
    expect(NODE_HEADER.join(',')).toBe('id:ID,name,type,subtype,aliases:string[],mentions:int,documents:string[],confidence:float,:LABEL');
    expect(out['neo4j/relationships.csv']!.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,title,status,date,evidence(,|$)/);
    expect(RELATIONSHIP_HEADER.slice(0, 7)).toEqual([':START_ID', ':END_ID', ':TYPE', 'title', 'status', 'date', 'evidence']);
  });

  withPython('labels nodes Entity plus their type and joins arrays with ";"', () => {
    const [header, ...rows] = python(PYTHON_CSV, tempFile('nodes.csv', out['neo4j/nodes.csv']!)) as string[][];
    const nrta = Object.fromEntries(header!.map((column, i) => [column, rows.find((row) => row[0] === 'organization:国家广播电视总局')![i]]));
    expect(nrta).toMatchObject({ name: '国家广播电视总局', 'aliases:string[]': '广电总局;总局', 'documents:string[]': 'a.txt;b.txt', ':LABEL': 'Entity;Organization' });
  });

  withPython('writes relationships with upper-snake types and JSON evidence', () => {
    const [header, ...rows] = python(PYTHON_CSV, tempFile('relationships.csv', out['neo4j/relationships.csv']!)) as string[][];
    expect(rows).toHaveLength(14);
    const row = Object.fromEntries(header!.map((column, i) => [column, rows.find((r) => r[2] === 'HOLDS_POSITION' && r[3] === '局长')![i]]));
    expect(row).toMatchObject({ ':START_ID': 'official:曹淑敏', ':END_ID': 'organization:国家广播电视总局', status: 'current', date: '2024-06-03' });
    expect(JSON.parse(row.evidence!)).toHaveLength(2);
  });

  withPython('keeps a ";" inside a value from splitting the array', () => {
    const [, ...rows] = python(PYTHON_CSV, tempFile('nodes.csv', files(hostileGraph())['neo4j/nodes.csv']!)) as string[][];
    const row = rows.find((r) => r[1] === HOSTILE_NAMES.separators)!;
    expect(row[4]).toBe('separators|alias；a；b|c,d');
    expect(row[4]!.split(';')).toHaveLength(1);
  });
});

describe('toNeo4j: Cypher import', () => {
  it('passes every value as a parameter: no entity name, id or evidence in the Cypher text', () => {
    const kg = hostileGraph();
    const out = files(kg);
    const cypher = out['neo4j/import.cypher']! + out['neo4j/schema.cypher']!;
    kg.graph.forEachNode((key, node) => {
      expect(cypher).not.toContain(node.label);
      expect(cypher).not.toContain(key);
    });
    expect(cypher).not.toContain('曹淑敏');
    expect(cypher).not.toContain('<img');
  });

  it('only uses labels and relationship types from the whitelist', () => {
    const cypher = files(hostileGraph())['neo4j/import.cypher']!;
    const labels = [...cypher.matchAll(/\(\w+:(\w+)|, n:(\w+)/g)].map((m) => m[1] ?? m[2]);
    const types = [...cypher.matchAll(/\[r:(\w+)/g)].map((m) => m[1]);
    expect(labels.every((label) => label === 'Entity' || Object.values(NEO4J_LABELS).includes(label!))).toBe(true);
    expect(types.every((type) => Object.values(NEO4J_RELATIONSHIP_TYPES).includes(type!))).toBe(true);
    expect(types).toContain('HOLDS_POSITION');
  });

  it('puts the rows in import.json, one statement per label and type, the same statements as import.cypher', () => {
    const out = files(fixtureGraph());
    const { statements } = JSON.parse(out['neo4j/import.json']!) as { statements: CypherStatement[] };
    for (const { statement, parameters } of statements) {
      expect(out['neo4j/import.cypher']).toContain(`${statement};`);
      expect(statement).toMatch(/^UNWIND \$rows AS row\n/);
      expect(parameters.rows.length).toBeGreaterThan(0);
    }
    const organizations = statements.find((s) => s.statement.endsWith('n:Organization'))!;
    expect(organizations.statement).toBe('UNWIND $rows AS row\nMERGE (n:Entity {id: row.id})\nSET n += row.props, n:Organization');
    expect(organizations.parameters.rows).toContainEqual({
      id: 'organization:国家广播电视总局',
      props: { name: '国家广播电视总局', type: 'organization', subtype: 'government', aliases: ['广电总局', '总局'], mentions: 6, documents: ['a.txt', 'b.txt'] },
    });
    const signed = statements.find((s) => s.statement.includes('[r:SIGNED'))!;
    expect(signed.parameters.rows[0]).toMatchObject({ key: expect.stringMatching(/^signed\|/), source: expect.any(String), target: expect.any(String) });
    expect(out['neo4j/schema.cypher']).toBe('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n');
  });

  it(`cuts statements into batches of at most ${BATCH_SIZE} rows`, () => {
    const kg = new KnowledgeGraph();
    for (let i = 0; i < 2 * BATCH_SIZE + 5; i++) kg.graph.addNode(`work:作品${i}`, { label: `作品${i}`, type: 'work', aliases: [], mentions: 1, documents: [] });
    const { statements } = JSON.parse(files(kg)['neo4j/import.json']!) as { statements: CypherStatement[] };
    expect(statements.map((s) => s.parameters.rows.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 5]);
  });

  it('refuses a type outside the whitelist', () => {
    const kg = new KnowledgeGraph();
    kg.graph.addNode('x', { label: 'x', type: 'planet' as never, aliases: [], mentions: 0, documents: [] });
    expect(() => toNeo4j(kg.graph)).toThrow('shiting-kg: neo4j export: unknown entity type "planet"');
  });
});
