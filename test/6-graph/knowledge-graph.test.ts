import { describe, expect, it, vi } from 'vitest';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import type { ExtractionResult } from '../../src/types.js';
import { docA, docB, TEXT_A } from './fixtures.js';

vi.mock('../../src/5-extract/index.js', async () => {
  const { docA: fixture } = await import('./fixtures.js');
  return { extract: vi.fn(() => fixture()) };
});

function twoDocuments(): KnowledgeGraph {
  const kg = new KnowledgeGraph();
  kg.addExtraction(docA(), { id: 'a.txt', source: 'news/a.txt' });
  kg.addExtraction(docB(), { id: 'b.txt' });
  return kg;
}

describe('KnowledgeGraph.addExtraction', () => {
  it('makes one node per entity id and one edge per (type, source, target, title)', () => {
    const kg = twoDocuments();
    // 9 entities in A, 8 in B, 2 shared (国家广播电视总局, 曹淑敏)
    expect(kg.graph.order).toBe(15);
    // 8 relations in A, 7 in B, 1 shared (曹淑敏 局长 of 国家广播电视总局)
    expect(kg.graph.size).toBe(14);
  });

  it('merges a shared entity: aliases united, mentions summed, documents listed', () => {
    const node = twoDocuments().graph.getNodeAttributes('organization:国家广播电视总局');
    expect(node).toMatchObject({
      label: '国家广播电视总局',
      type: 'organization',
      subtype: 'government',
      aliases: ['广电总局', '总局'],
      documents: ['a.txt', 'b.txt'],
    });
    const mentions = docA().entities[0]!.mentions.length + docB().entities[0]!.mentions.length;
    expect(node.mentions).toBe(mentions);
  });

  it('gives each piece of evidence its sentence, offsets, document and date, in that order', () => {
    const kg = new KnowledgeGraph();
    const result = (evidence: object, date?: string): ExtractionResult => ({
      entities: [],
      relations: [{ id: 'r1', type: 'part_of', source: 'organization:甲司', target: 'organization:乙局', ...(date ? { date } : {}), evidence: evidence as never }],
      meta: {},
    });
    kg.addExtraction(result({ sentence: '甲司隶属乙局。', start: 3, end: 10 }, '2024-01-02'), { id: 'a' });
    kg.addExtraction(result({ sentence: '甲司隶属乙局。', start: 0, end: 7 }), { id: 'b' });
    // A hand-made evidence of another shape keeps its own properties, in its own order.
    kg.addExtraction(result({ end: 9, start: 2, sentence: '甲司隶属乙局。', page: 4 }), { id: 'c' });
    const evidence = kg.graph.getEdgeAttributes('part_of|organization:甲司|organization:乙局|').evidence;
    expect(evidence.map((item) => Object.entries(item))).toEqual([
      [['sentence', '甲司隶属乙局。'], ['start', 3], ['end', 10], ['document', 'a'], ['date', '2024-01-02']],
      [['sentence', '甲司隶属乙局。'], ['start', 0], ['end', 7], ['document', 'b']],
      [['end', 9], ['start', 2], ['sentence', '甲司隶属乙局。'], ['page', 4], ['document', 'c']],
    ]);
  });

  it('merges a fact stated by two documents into one edge with both pieces of evidence', () => {
    const edge = twoDocuments().graph.getEdgeAttributes('holds_position|official:曹淑敏|organization:国家广播电视总局|局长');
    expect(edge.documents).toEqual(['a.txt', 'b.txt']);
    expect(edge.evidence.map((e) => [e.document, e.date])).toEqual([
      ['a.txt', '2024-06-03'],
      ['b.txt', '2024-09-09'],
    ]);
    expect(edge.evidence[0]!.sentence).toContain('曹淑敏在北京会见');
    expect(edge).toMatchObject({ type: 'holds_position', title: '局长', status: 'current', date: '2024-06-03' });
  });

  it('keeps evidence offsets pointing into the original text', () => {
    const edge = twoDocuments().graph.getEdgeAttributes('issued|organization:国家广播电视总局|document:关于进一步加强微短剧管理的通知|');
    const [evidence] = edge.evidence;
    expect(TEXT_A.slice(evidence!.start, evidence!.end)).toBe(evidence!.sentence);
  });

  it('ignores a document added twice under the same id', () => {
    const kg = twoDocuments();
    const before = kg.toJSON();
    expect(kg.addExtraction(docA(), { id: 'a.txt' })).toBe('a.txt');
    expect(kg.toJSON()).toEqual(before);
  });

  it('gives a document without id a content hash, so the same extraction is added once', () => {
    const kg = new KnowledgeGraph();
    const first = kg.addExtraction(docA());
    expect(first).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(kg.addExtraction(docA())).toBe(first);
    expect(kg.documents).toHaveLength(1);
    expect(kg.graph.getNodeAttribute('official:曹淑敏', 'mentions')).toBe(docA().entities[2]!.mentions.length);
  });

  it('lists the documents with their metadata and counts', () => {
    expect(twoDocuments().documents).toEqual([
      { id: 'a.txt', date: '2024-06-03', title: '国家广播电视总局与阿联酋媒体委员会签署合作谅解备忘录', source: 'news/a.txt', entities: 9, relations: 8 },
      { id: 'b.txt', date: '2024-09-09', title: '曹淑敏会见科特迪瓦通讯部长', entities: 8, relations: 7 },
    ]);
  });

  it('dates undated evidence with the publication date, and keeps the date the text gives', () => {
    const kg = twoDocuments();
    expect(kg.graph.getEdgeAttribute('produced|organization:正午阳光|work:山海情|', 'date')).toBe('2024-06-03');
    expect(kg.graph.getEdgeAttribute('met_with|official:曹淑敏|official:阿卜杜拉·哈米德|', 'date')).toBe('2024-05-30');
  });

  it('merges a fact and an entity of many documents (lists past 16 items) as it merges them from two', () => {
    const kg = new KnowledgeGraph();
    const dates = Array.from({ length: 40 }, (_v, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`);
    for (const [i, date] of dates.entries()) {
      const sentence = `甲司隶属乙局（第${i}篇）。`;
      const relation = { id: 'r1', type: 'part_of' as const, source: 'organization:甲司', target: 'organization:乙局', evidence: { sentence, start: 0, end: sentence.length } };
      kg.addExtraction({
        entities: [
          { id: 'organization:甲司', type: 'organization', name: '甲司', aliases: [`甲${i % 20}`], mentions: [{ start: 0, end: 2, text: '甲司' }] },
          { id: 'organization:乙局', type: 'organization', name: '乙局', aliases: [], mentions: [] },
        ],
        // The same statement twice in one document, and once more from another sentence of it.
        relations: [relation, { ...relation, id: 'r2' }, { ...relation, id: 'r3', status: i % 7 === 0 ? 'former' : 'current', evidence: { ...relation.evidence, start: 1 } }],
        meta: {},
      }, { id: `d${i}`, date });
    }
    const node = kg.graph.getNodeAttributes('organization:甲司');
    expect(node.documents).toEqual(dates.map((_d, i) => `d${i}`));
    expect(node.aliases).toEqual(Array.from({ length: 20 }, (_v, i) => `甲${i}`));
    expect(node.mentions).toBe(40);
    const edge = kg.graph.getEdgeAttributes('part_of|organization:甲司|organization:乙局|');
    expect(edge.documents).toEqual(node.documents);
    expect(edge.evidence.map((e) => `${e.document}@${e.start}`)).toEqual(dates.flatMap((_d, i) => [`d${i}@0`, `d${i}@1`]));
    expect(edge.date).toBe([...dates].sort()[0]);
    // The status of the most recently dated statement (a later document with an earlier date does not override it).
    const newest = Math.max(...dates.map((d, i) => (d === [...dates].sort().at(-1) ? i : -1)));
    expect(dates.filter((d) => d === dates[newest]).length).toBe(1);
    expect(edge.status).toBe(newest % 7 === 0 ? 'former' : 'current');
  });

  it('takes the status of the most recent statement', () => {
    const kg = twoDocuments();
    const later = docB();
    later.relations = later.relations.filter((r) => r.type === 'holds_position' && r.title === '局长').map((r) => ({ ...r, status: 'former' as const }));
    kg.addExtraction(later, { id: 'c.txt', date: '2025-01-01' });
    expect(kg.graph.getEdgeAttribute('holds_position|official:曹淑敏|organization:国家广播电视总局|局长', 'status')).toBe('former');
  });

  it('creates a node from its id when a relation names an entity the result does not list', () => {
    const kg = new KnowledgeGraph();
    const result: ExtractionResult = { ...docA(), entities: [] };
    kg.addExtraction(result, { id: 'a' });
    expect(kg.graph.getNodeAttributes('official:曹淑敏')).toMatchObject({ label: '曹淑敏', type: 'official', mentions: 0 });
  });

  it('rejects a relation whose end is neither listed nor a typed id', () => {
    const result = docA();
    result.relations[0]!.target = 'nowhere';
    expect(() => new KnowledgeGraph().addExtraction(result, { id: 'a' })).toThrow(/^shiting-kg: relation r\d+ refers to unknown entity "nowhere"/);
  });
});

describe('KnowledgeGraph.addDocument', () => {
  it('extracts the text and adds it under its id (or a hash of the text)', async () => {
    const { extract } = await import('../../src/5-extract/index.js');
    const kg = new KnowledgeGraph();
    expect(kg.addDocument(TEXT_A, { id: 'a.txt', date: '2024-06-03' })).toBe('a.txt');
    expect(extract).toHaveBeenCalledWith(TEXT_A, { date: '2024-06-03' });
    expect(kg.addDocument(TEXT_A)).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(kg.hasDocument('a.txt')).toBe(true);
  });
});
