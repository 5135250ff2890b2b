import { readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/index.js';
import { EXPORT_FORMATS, writeExports } from '../../src/7-export/index.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';

const rows: [label: string, text: string, works: string[]][] = [
  ['a control character inside a title', '网络剧《山海\u0001长歌》在芒果TV播出。', ['山海长歌']],
  ['the same title with and without one', '网络剧《山海长歌》热播，《山海\u0001长歌》第二季将在芒果TV播出。', ['山海长歌']],
  ['a lone surrogate inside a title', '网络剧《山海\ud800长歌》在芒果TV播出。', ['山海长歌']],
];

describe('names carry no character XML cannot', () => {
  it.each(rows)('%s: the name is clean, the mention keeps the text', (_label, text, works) => {
    const result = extract(text);
    const found = result.entities.filter((e) => e.type === 'work');
    expect(found.map((e) => e.name)).toEqual(works);
    for (const m of found.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('every format is written for a text whose titles differ only by a control character', async () => {
    const kg = new KnowledgeGraph();
    kg.addDocument(rows[1]![1], { id: 'a.txt' });
    const dir = mkdtempSync(path.join(tmpdir(), 'shiting-kg-ctl-'));
    await writeExports(kg, dir, EXPORT_FORMATS);
    expect(readdirSync(dir).filter((name) => !name.startsWith('.')).sort()).toEqual(['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.html', 'graph.json', 'neo4j', 'nodes.csv']);
  });
});
