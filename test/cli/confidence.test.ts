import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionGraph } from '../../src/6-graph/knowledge-graph.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import type { Entity, ExtractionResult } from '../../src/types.js';
import { cli, savedGraph, tempDir } from './helpers.js';

const entity = (id: string, confidence: number): Entity => {
  const [type, name] = id.split(':') as [Entity['type'], string];
  return { id, type, name, aliases: [], mentions: [{ start: 0, end: name.length, text: name }], confidence };
};
const bulletin: ExtractionResult = {
  entities: [entity('organization:星澜影业', 0.9), entity('official:周启航', 0.95), entity('official:林望舒', 0.3)],
  relations: [
    { id: 'r1', type: 'holds_position', source: 'official:周启航', target: 'organization:星澜影业', title: '总经理', confidence: 0.9, evidence: { sentence: 's', start: 0, end: 1 } },
    { id: 'r2', type: 'holds_position', source: 'official:林望舒', target: 'organization:星澜影业', title: '副总经理', confidence: 0.4, evidence: { sentence: 's', start: 0, end: 1 } },
  ],
  meta: {},
};
const kg = new KnowledgeGraph();
kg.addExtraction(bulletin, { id: 'a.txt' });
const graph = savedGraph(kg);

function corpus(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), '星澜影业总经理周启航出席发布会。芒果TV播出电视剧《山海长歌》。');
  return dir;
}

describe('--min-confidence', () => {
  it('query: the doubtful official is left out', async () => {
    const names = async (flags: string[]) => {
      const result = await cli(['query', graph, 'officials-of', '星澜影业', '--json', ...flags]);
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout).map((o: { person: { name: string } }) => o.person.name).sort();
    };
    expect(await names(['--min-confidence', '0.5'])).toEqual(['周启航']);
    expect(await names([])).toEqual(['周启航', '林望舒'].sort());
  });

  it('extract of one file: only what reaches it', async () => {
    const file = path.join(corpus(), 'a.txt');
    const all = JSON.parse((await cli(['extract', file])).stdout) as ExtractionResult;
    const sure = JSON.parse((await cli(['extract', file, '--min-confidence', '0.9'])).stdout) as ExtractionResult;
    expect(sure.entities.length).toBeGreaterThan(0);
    expect(sure.entities.length).toBeLessThan(all.entities.length);
    for (const item of [...sure.entities, ...sure.relations]) expect(item.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('extract --out: the graph written holds only what reaches it', async () => {
    const out = tempDir();
    const result = await cli(['extract', corpus(), '--out', out, '--format', 'json', '--workers', '0', '--min-confidence', '0.9']);
    expect(result.code).toBe(0);
    const written = ExtractionGraph.fromJSON(JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')));
    expect(written.graph.order).toBeGreaterThan(0);
    written.graph.forEachNode((_key, node) => expect(node.confidence).toBeGreaterThanOrEqual(0.9));
  });

  it.each([
    ['not a number', ['query', graph, 'officials-of', '星澜影业', '--min-confidence', 'high'], /--min-confidence: expected a number from 0 to 1/],
    ['above 1', ['query', graph, 'officials-of', '星澜影业', '--min-confidence', '1.5'], /--min-confidence: expected a number from 0 to 1/],
    ['with --graph', ['extract', 'in', '--out', 'out', '--graph', graph, '--min-confidence', '0.5'], /--min-confidence cannot be used with --graph/],
  ])('refused: %s', async (_label, args, message) => {
    const result = await cli(args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
