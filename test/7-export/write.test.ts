import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORTERS, exportFiles, writeExports, writeFileAtomic, writeFiles, type ExportFormat } from '../../src/7-export/index.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { tempDir } from './helpers.js';

/** What a reader sees in `dir`: every name, links followed, without the writer's own folder `.shiting-kg`. */
function listRecursive(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).filter((name) => name !== '.shiting-kg').flatMap((name) => {
    const relative = path.join(prefix, name);
    return statSync(path.join(dir, relative)).isDirectory() ? [relative, ...listRecursive(dir, relative)] : [relative];
  }).sort();
}

/** Content that yields one piece, then fails, as an exporter that throws midway would. */
function* failingAfter(piece: string): Generator<string> {
  yield piece;
  throw new Error('shiting-kg: boom');
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
  ] as [ExportFormat, string[]][])('%s writes %j', (format, names) => {
    expect(EXPORTERS[format](fixtureGraph(), {}).map((file) => file.name)).toEqual(names);
  });

  it('is pure: the same graph gives the same files', () => {
    const kg = fixtureGraph();
    kg.layout({ iterations: 5 });
    expect(exportFiles(kg, EXPORT_FORMATS)).toEqual(exportFiles(kg, EXPORT_FORMATS));
  });

  it('json is the lossless graph', () => {
    const kg = fixtureGraph();
    const [file] = EXPORTERS.json(kg, {});
    expect(KnowledgeGraph.fromJSON(JSON.parse(file!.content)).toJSON()).toEqual(kg.toJSON());
  });

  it('passes the title to the HTML page', () => {
    const [file] = EXPORTERS.html(fixtureGraph(), { title: '视听图谱 <测试>' });
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

  it('writes a format of the caller\'s own, given by name in options.exporters (one function, one entry)', async () => {
    const dir = tempDir();
    const names = { names: (kg: { graph: { nodes(): string[] } }) => [{ name: 'names.txt', content: kg.graph.nodes().sort().join('\n') }] };
    const written = await writeExports(fixtureGraph(), dir, ['names', 'json'], { exporters: names });
    expect(written.map((file) => path.relative(dir, file))).toEqual(['names.txt', 'graph.json']);
    expect(readFileSync(path.join(dir, 'names.txt'), 'utf8')).toContain('organization:国家广播电视总局');
  });

  it('rejects an unknown format before writing anything', async () => {
    const dir = tempDir();
    // @ts-expect-error -- 'pdf' is no format: a type error, and a clear error at run time
    await expect(writeExports(fixtureGraph(), dir, ['json', 'pdf'])).rejects.toThrow('shiting-kg: pdf export: unknown format (known: gexf, graphml, json, csv, neo4j, html)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing file in one step', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graph.json'), 'old');
    await writeExports(fixtureGraph(), dir, ['json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8'))).toMatchObject({ format: 'shiting-kg' });
    expect(listRecursive(dir)).toEqual(['graph.json']);
  });

  it('leaves no temporary file behind when a write fails', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'graph.json')); // a directory where the file should go: rename fails
    await expect(writeFileAtomic(path.join(dir, 'graph.json'), '{}')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('writes content given in pieces, sync or async', async () => {
    const dir = tempDir();
    await writeFileAtomic(path.join(dir, 'a.txt'), ['图', '谱', '\n']);
    await writeFileAtomic(path.join(dir, 'b.txt'), (async function* () {
      yield 'x';
      yield 'y';
    })());
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('图谱\n');
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('xy');
  });

  it('leaves the target as it was, and no temporary file, when making a piece fails midway', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'graph.json'), 'old');
    await expect(writeFileAtomic(path.join(dir, 'graph.json'), failingAfter('{"half": '))).rejects.toThrow('shiting-kg: boom');
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe('old');
  });

  it('changes no target when a later file fails: every file is written before any is renamed', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    await expect(writeFiles(dir, [{ name: 'a.txt', content: 'new a' }, { name: 'b.txt', content: failingAfter('half') }])).rejects.toThrow('shiting-kg: boom');
    await expect(writeFiles(dir, [{ name: 'a.txt', content: 'new a' }, { name: '../escape.txt', content: 'x' }])).rejects.toThrow('outside the output directory');
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });

  it('writes the same bytes as the exporters, JSON in pieces included', async () => {
    const dir = tempDir();
    const kg = fixtureGraph();
    kg.layout({ iterations: 5 });
    const written = await writeExports(kg, dir, EXPORT_FORMATS);
    const files = exportFiles(kg, EXPORT_FORMATS);
    expect(written.map((file) => path.relative(dir, file))).toEqual(files.map((file) => file.name));
    for (const file of files) expect(readFileSync(path.join(dir, file.name), 'utf8')).toBe(file.content);
  });

  it('refuses file names outside the output directory', async () => {
    await expect(writeFiles(tempDir(), [{ name: '../escape.txt', content: 'x' }])).rejects.toThrow('shiting-kg: write export: file name "../escape.txt" is outside the output directory');
  });
});
