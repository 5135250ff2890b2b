import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/index.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { cli, tempDir } from './helpers.js';

const CORPUS = path.resolve('examples/corpus');
const FIRST = path.join(CORPUS, '001_3f9b124f137b09e5.txt');

describe('shiting-kg extract <file> --format json', () => {
  it('prints exactly JSON.stringify(extract(text, {}), null, 2) (the evaluation contract)', async () => {
    const expected = `${JSON.stringify(extract(readFileSync(FIRST, 'utf8'), {}), null, 2)}\n`;
    expect(await cli(['extract', FIRST, '--format', 'json'])).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('defaults to json', async () => {
    const { code, stdout } = await cli(['extract', FIRST]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('entities');
  });

  it.each([
    ['a directory', [CORPUS], '--out DIR is required to extract a directory or several files'],
    ['several files', [FIRST, FIRST], '--out DIR is required to extract a directory or several files'],
    ['another format', [FIRST, '--format', 'gexf'], '--out DIR is required for formats other than json'],
    ['an unknown format', [FIRST, '--format', 'json,pdf'], '--format: unknown format "pdf" (known: gexf, graphml, json, csv, neo4j, html)'],
    ['a missing file', ['missing.txt'], 'missing.txt: cannot read: ENOENT'],
    ['a missing dictionary', [FIRST, '--dict', 'nope.json'], '--dict nope.json: ENOENT'],
  ])('refuses %s with one shiting-kg: line', async (_label, args, message) => {
    const result = await cli(['extract', ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`shiting-kg: ${message}\n`);
  });

  it('names the --dict file in a schema error, not options.dictionary', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'mine.json'), JSON.stringify({ organizations: [{ name: '某某视频', subtype: 'bogus' }] }));
    const result = await cli(['extract', FIRST, '--dict', 'mine.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^shiting-kg: mine\.json: .*某某视频.*subtype/);
    expect(result.stderr).not.toContain('options.dictionary');
  });

  it('rejects a dictionary that is not a JSON object', async () => {
    const dict = path.join(tempDir(), 'dict.json');
    writeFileSync(dict, '[1, 2]');
    expect((await cli(['extract', FIRST, '--dict', dict])).stderr).toBe(`shiting-kg: --dict ${dict}: must be a JSON object\n`);
  });
});

describe('shiting-kg extract <dir> --out DIR', () => {
  it('builds the graph, writes every format and prints a summary', async () => {
    const out = path.join(tempDir(), 'out');
    const result = await cli(['extract', 'examples/corpus', '--out', out, '--format', 'gexf,graphml,json,csv,neo4j,html']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const name of ['graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv', 'edges.csv', 'graph.html', 'neo4j/import.cypher']) {
      expect(existsSync(path.join(out, name))).toBe(true);
    }
    expect(result.stdout).toMatch(/^documents: 2, entities: \d+, relations: \d+\n/);
    expect(result.stdout).toContain('entities by type:');
    expect(result.stdout).toContain(`wrote 12 files to ${out}`);
    const kg = KnowledgeGraph.fromJSON(JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')));
    expect(kg.documents.map((d) => d.id)).toEqual(['examples/corpus/001_3f9b124f137b09e5.txt', 'examples/corpus/003_916de2957e4cb0d9.txt']);
    kg.graph.forEachNode((_key, node) => expect(Number.isFinite(node.x)).toBe(true));
  });

  it.each([
    ['json', [], false],
    ['json,csv,neo4j', [], false],
    ['json', ['--layout'], true],
    ['json,gexf', [], true],
    ['json,html', [], true],
    ['json,graphml', ['--no-layout'], false],
  ])('--format %s %j: positions %s; sizes and colours always', async (format, flags, positioned) => {
    const out = path.join(tempDir(), 'out');
    const result = await cli(['extract', 'examples/corpus', '--out', out, '--format', format, ...flags, '--workers', '0']);
    expect(result.code).toBe(0);
    const kg = KnowledgeGraph.fromJSON(JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')));
    kg.graph.forEachNode((_key, node) => {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(positioned);
      expect(node.size).toBeGreaterThan(0);
      expect(node.color).toMatch(/^#/);
    });
  });

  it('reads .txt files of directories recursively and ignores other files', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'corpus', 'deeper'), { recursive: true });
    writeFileSync(path.join(dir, 'corpus', 'a.txt'), readFileSync(FIRST, 'utf8'));
    writeFileSync(path.join(dir, 'corpus', 'deeper', 'b.txt'), '国家广播电视总局局长曹淑敏出席会议。');
    writeFileSync(path.join(dir, 'corpus', 'notes.md'), '# not news');
    const result = await cli(['extract', 'corpus', '--out', 'out'], dir);
    expect(result.code).toBe(0);
    const kg = KnowledgeGraph.fromJSON(JSON.parse(readFileSync(path.join(dir, 'out', 'graph.json'), 'utf8')));
    expect(kg.documents.map((d) => d.id)).toEqual(['corpus/a.txt', 'corpus/deeper/b.txt']);
  });

  it('reports an unreadable file on one line, keeps going, and exits 1 listing the failures', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), '国家广播电视总局局长曹淑敏出席会议。');
    const result = await cli(['extract', 'good.txt', 'gone.txt', '--out', 'out'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('shiting-kg: gone.txt: ENOENT\nshiting-kg: 1 of 2 files failed: gone.txt\n');
    expect(result.stdout).toMatch(/^documents: 1,/);
    expect(existsSync(path.join(dir, 'out', 'graph.json'))).toBe(true);
  });

  it('--graph adds only the texts the graph does not have (by content), and a second run changes no byte', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '国家广播电视总局局长曹淑敏出席会议。');
    writeFileSync(path.join(dir, 'b.txt'), '湖南广播电视台台长李明会见芒果TV负责人。');
    writeFileSync(path.join(dir, 'a-copy.txt'), '国家广播电视总局局长曹淑敏出席会议。');
    expect((await cli(['extract', 'a.txt', '--out', 'out', '--format', 'json,csv'], dir)).code).toBe(0);
    const added = await cli(['extract', 'a.txt', 'b.txt', 'a-copy.txt', '--out', 'out', '--format', 'json,csv', '--graph', 'out/graph.json'], dir);
    expect(added.code).toBe(0);
    const graph = readFileSync(path.join(dir, 'out', 'graph.json'), 'utf8');
    expect(KnowledgeGraph.fromJSON(JSON.parse(graph)).documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
    const again = await cli(['extract', 'a.txt', 'b.txt', '--out', 'out', '--format', 'json,csv', '--graph', 'out/graph.json'], dir);
    expect(again).toMatchObject({ code: 0, stdout: 'no new document: out/graph.json already has every input; nothing written\n' });
    expect(readFileSync(path.join(dir, 'out', 'graph.json'), 'utf8')).toBe(graph);
  });

  it('leaves earlier outputs as they were when every input fails, says so, and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '国家广播电视总局局长曹淑敏出席会议。');
    expect((await cli(['extract', 'a.txt', '--out', 'keep', '--format', 'json,csv'], dir)).code).toBe(0);
    const before = readFileSync(path.join(dir, 'keep', 'graph.json'), 'utf8');
    const result = await cli(['extract', 'a.txt', '--out', 'keep', '--format', 'json,csv', '--encoding', 'klingon'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('every input failed (1 file: a.txt); nothing written, the files in keep are left as they were');
    expect(readFileSync(path.join(dir, 'keep', 'graph.json'), 'utf8')).toBe(before);
  });
});

describe('shiting-kg usage errors', () => {
  it('prefixes commander errors with shiting-kg:', async () => {
    const result = await cli(['extract']);
    expect(result).toMatchObject({ code: 1, stderr: "shiting-kg: missing required argument 'inputs'\n" });
    expect((await cli(['frobnicate'])).stderr).toMatch(/^shiting-kg: unknown command 'frobnicate'/);
  });

  it('prints help with exit code 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: shiting-kg');
  });
});
