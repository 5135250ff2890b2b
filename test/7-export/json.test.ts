import { describe, expect, it } from 'vitest';
import { toJson, toJsonChunks } from '../../src/7-export/index.js';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { HOSTILE_NAMES, hostileGraph } from './helpers.js';

describe('toJson', () => {
  it('keeps hostile names exactly, lone surrogates and control characters included', () => {
    const kg = hostileGraph();
    const back = KnowledgeGraph.fromJSON(JSON.parse(toJson(kg)));
    expect(back.toJSON()).toEqual(kg.toJSON());
    for (const name of Object.values(HOSTILE_NAMES)) expect(back.graph.hasNode(`person:${name}`)).toBe(true);
  });

  it('is plain JSON text: control characters and lone surrogates are escaped', () => {
    const json = toJson(hostileGraph());
    expect(json).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(json).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(json).toContain('\\u0007');
  });
});

describe('toJsonChunks', () => {
  const laidOut = () => {
    const kg = fixtureGraph();
    kg.layout({ iterations: 5 });
    kg.detectCommunities();
    return kg;
  };
  const bare = () => {
    const kg = fixtureGraph();
    kg.graph.addNode('organization:无属性', {} as never); // graphology's export leaves out empty attributes
    kg.graph.addDirectedEdgeWithKey('bare-edge', 'organization:无属性', 'organization:无属性', {} as never);
    kg.graph.setAttribute('name' as never, '图\n谱' as never);
    return kg;
  };

  it.each([
    ['a laid-out graph with communities', laidOut],
    ['hostile names', hostileGraph],
    ['an empty graph', () => new KnowledgeGraph()],
    ['nodes and edges without attributes, graph attributes', bare],
  ])('gives the text of JSON.stringify(kg.toJSON(), null, 2) exactly, as toJson does, for %s', (_label, make) => {
    const kg = make();
    const chunks = [...toJsonChunks(kg)];
    expect(chunks.join('')).toBe(`${JSON.stringify(kg.toJSON(), null, 2)}\n`);
    expect(toJson(kg)).toBe(chunks.join(''));
  });

  it('hands out pieces of bounded size for a large graph, which read back as the same graph', () => {
    const kg = new KnowledgeGraph();
    const sentence = '国家广播电视总局局长出席会议并讲话。'.repeat(20);
    for (let i = 0; i < 4000; i++) {
      kg.addExtraction({
        entities: [{ id: `organization:机构${i}`, type: 'organization', name: `机构${i}`, aliases: [], mentions: [{ start: 0, end: 2, text: '机构' }] }],
        relations: [{ id: `r${i}`, type: 'part_of', source: `organization:机构${i}`, target: 'organization:国家广播电视总局', evidence: { sentence, start: 0, end: 10 } }],
        meta: {},
      }, { id: `doc${i}` });
    }
    const chunks = [...toJsonChunks(kg)];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(2 ** 15 + 10_000);
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(kg.toJSON(), null, 2)}\n`);
    expect(KnowledgeGraph.fromJSON(JSON.parse(text)).toJSON()).toEqual(kg.toJSON());
  });
});
