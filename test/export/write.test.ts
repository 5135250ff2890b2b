import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORTERS, exportFiles, writeExports, writeFileAtomic, writeFiles } from '../../src/export/index.js';
import { KnowledgeGraph } from '../../src/graph/index.js';
import { fixtureGraph } from '../graph/fixture-graph.js';
import { tempDir } from './helpers.js';

function listRecursive(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('EXPORTERS', () => {
  it('registers the six formats', () => {
    expect(EXPORT_FORMATS).toEqual(['gexf', 'graphml', 'json', 'csv', 'neo4j', 'html']);
  });

  it.each([
    ['gexf', ['graph.gexf']],
    ['graphml', ['graph.graphml']],
    ['json', ['graph.json']],
    ['csv', ['nodes.csv', 'edges.csv']],
    ['neo4j', ['neo4j/nodes.csv', 'neo4j/relationships.csv', 'neo4j/schema.cypher', 'neo4j/import.cypher', 'neo4j/import.json', 'neo4j/README.md']],
    ['html', ['graph.html']],
  ])('%s writes %j', (format, names) => {
    expect(EXPORTERS[format]!(fixtureGraph(), {}).map((file) => file.name)).toEqual(names);
  });

  it('is pure: the same graph gives the same files', () => {
    const kg = fixtureGraph();
    kg.layout({ iterations: 5 });
    expect(exportFiles(kg, EXPORT_FORMATS)).toEqual(exportFiles(kg, EXPORT_FORMATS));
  });

  it('json is the lossless graph', () => {
    const kg = fixtureGraph();
    const [file] = EXPORTERS.json!(kg, {});
    expect(KnowledgeGraph.fromJSON(JSON.parse(file!.content)).toJSON()).toEqual(kg.toJSON());
  });

  it('passes the title to the HTML page', () => {
    const [file] = EXPORTERS.html!(fixtureGraph(), { title: '视听图谱 <测试>' });
    expect(file!.content).toContain('<title>视听图谱 &lt;测试&gt;</title>');
  });
});

describe('writeExports', () => {
  it('writes every file of every format and returns the paths', async () => {
    const dir = path.join(tempDir(), 'out');
    const written = await writeExports(fixtureGraph(), dir, ['gexf', 'csv', 'neo4j']);
    expect(written.map((file) => path.relative(dir, file))).toEqual([
      'graph.gexf', 'nodes.csv', 'edges.csv',
      ...['nodes.csv', 'relationships.csv', 'schema.cypher', 'import.cypher', 'import.json', 'README.md'].map((name) => path.join('neo4j', name)),
    ]);
    expect(listRecursive(dir)).toEqual([...written.map((file) => path.relative(dir, file)), 'neo4j'].sort());
  });

  it('rejects an unknown format before writing anything', async () => {
    const dir = tempDir();
    await expect(writeExports(fixtureGraph(), dir, ['json', 'pdf'])).rejects.toThrow('shiting-kg: pdf export: unknown format (known: gexf, graphml, json, csv, neo4j, html)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing file in one step', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graph.json'), 'old');
    await writeExports(fixtureGraph(), dir, ['json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8'))).toMatchObject({ format: 'shiting-kg' });
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('leaves no temporary file behind when a write fails', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'graph.json')); // a directory where the file should go: rename fails
    await expect(writeFileAtomic(path.join(dir, 'graph.json'), '{}')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('refuses file names outside the output directory', async () => {
    await expect(writeFiles(tempDir(), [{ name: '../escape.txt', content: 'x' }])).rejects.toThrow('shiting-kg: write export: file name "../escape.txt" is outside the output directory');
  });
});
