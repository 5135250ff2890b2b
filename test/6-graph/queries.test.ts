import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { fixtureGraph } from './fixture-graph.js';
import { docB } from './fixtures.js';

const kg = fixtureGraph();
const names = (refs: Array<{ name: string }>): string[] => refs.map((ref) => ref.name);

describe('findEntities', () => {
  it.each([
    ['exact name', { name: '国家广播电视总局' }, ['国家广播电视总局']],
    ['exact alias', { name: '广电总局' }, ['国家广播电视总局']],
    ['substring of names and aliases', { name: '总局', match: 'substring' as const }, ['国家广播电视总局']],
    ['type', { type: 'agreement' as const }, ['中阿视听合作谅解备忘录', '中科视听合作协议']],
    ['type and subtype', { type: 'organization' as const, subtype: 'foreign_government' }, ['阿联酋媒体委员会', '科特迪瓦通讯部']],
    ['no match', { name: '不存在' }, []],
  ])('%s', (_label, options, expected) => {
    expect(names(kg.findEntities(options)).sort()).toEqual([...expected].sort());
  });
});

describe('entity references', () => {
  it.each([
    ['an id', 'organization:国家广播电视总局'],
    ['a name', '国家广播电视总局'],
    ['an alias', '广电总局'],
    ['another alias', '总局'],
  ])('accepts %s', (_label, ref) => {
    expect(kg.resolve(ref)).toBe('organization:国家广播电视总局');
    expect(names(kg.officialsOf(ref).map((o) => o.person))).toEqual(['曹淑敏', '王晓明']);
  });

  it.each([
    ['an alias only the dictionary knows', '国家广电总局'],
    ['the dictionary\'s former short form', '总局'],
  ])('resolves %s through the bundled dictionary', (_label, ref) => {
    const only = new KnowledgeGraph();
    only.addExtraction(docB(), { id: 'b.txt' }); // names 国家广播电视总局 and 总局, never 国家广电总局
    expect(only.resolve(ref)).toBe('organization:国家广播电视总局');
  });

  it('fails with a clear message for an unknown name', () => {
    expect(() => kg.officialsOf('某某局')).toThrow('shiting-kg: no entity named "某某局"');
  });

  it('fails on an ambiguous name, listing the candidates', () => {
    const twins = new KnowledgeGraph();
    twins.graph.addNode('event:视听大会', { label: '视听大会', type: 'event', aliases: [], mentions: 1, documents: [] });
    twins.graph.addNode('work:视听大会', { label: '视听大会', type: 'work', aliases: [], mentions: 1, documents: [] });
    expect(() => twins.timeline('视听大会')).toThrow('"视听大会" is ambiguous: event:视听大会, work:视听大会');
  });
});

describe('relation queries', () => {
  it('officialsOf lists people, titles and status', () => {
    expect(kg.officialsOf('国家广播电视总局').map((o) => [o.person.name, o.title, o.status])).toEqual([
      ['曹淑敏', '局长', 'current'],
      ['王晓明', '副局长', 'current'],
    ]);
  });

  it('positionsOf lists organizations and titles', () => {
    expect(kg.positionsOf('曹淑敏').map((p) => [p.organization.name, p.title])).toEqual([['国家广播电视总局', '局长']]);
  });

  it('worksOf lists produced and broadcast works', () => {
    expect(kg.worksOf('正午阳光').map((w) => [w.work.name, w.relation])).toEqual([['山海情', 'produced']]);
    expect(kg.worksOf('东方卫视').map((w) => [w.work.name, w.relation])).toEqual([['山海情', 'broadcast']]);
  });

  it('agreementsOf lists agreements with the other signers', () => {
    expect(kg.agreementsOf('广电总局').map((a) => [a.agreement.name, names(a.counterparties), a.date])).toEqual([
      ['中阿视听合作谅解备忘录', ['阿联酋媒体委员会'], '2024-05-30'],
      ['中科视听合作协议', ['科特迪瓦通讯部'], '2024-09-02'],
    ]);
  });

  it("agreementsOf leaves out the organization's own officials who signed on its behalf", () => {
    const signedByOfficials = fixtureGraph();
    const graph = signedByOfficials.graph;
    graph.addDirectedEdgeWithKey('signed|official:曹淑敏|agreement:中科视听合作协议|', 'official:曹淑敏', 'agreement:中科视听合作协议', { type: 'signed', evidence: [], documents: [] });
    graph.addDirectedEdgeWithKey('signed|official:阿玛杜·库利巴利|agreement:中科视听合作协议|', 'official:阿玛杜·库利巴利', 'agreement:中科视听合作协议', { type: 'signed', evidence: [], documents: [] });
    const [, deal] = signedByOfficials.agreementsOf('国家广播电视总局');
    expect(names(deal!.counterparties)).toEqual(['阿玛杜·库利巴利', '科特迪瓦通讯部']);
  });

  it('documentsIssuedBy lists issued documents', () => {
    expect(kg.documentsIssuedBy('国家广播电视总局').map((d) => [d.document.name, d.date])).toEqual([['关于进一步加强微短剧管理的通知', '2024-06-03']]);
  });

  it.each([
    ['out', { direction: 'out' as const }, ['阿卜杜拉·哈米德', '阿玛杜·库利巴利', '国家广播电视总局']],
    ['in', { direction: 'in' as const }, []],
    ['met_with only', { relation: 'met_with' as const }, ['阿卜杜拉·哈米德', '阿玛杜·库利巴利']],
  ])('neighbors (%s)', (_label, options, expected) => {
    expect(names(kg.neighbors('曹淑敏', options).map((n) => n.entity)).sort()).toEqual([...expected].sort());
  });

  it('neighbors report the direction of each edge', () => {
    const [holder] = kg.neighbors('国家广播电视总局', { relation: 'holds_position' });
    expect(holder).toMatchObject({ direction: 'in', entity: { name: '曹淑敏' }, relation: { type: 'holds_position', title: '局长' } });
  });
});

describe('relations', () => {
  it.each([
    ['all of a type', { type: 'met_with' as const }, ['2024-05-30', '2024-09-02']],
    ['from a date', { type: 'signed' as const, from: '2024-09-01' }, ['2024-09-02', '2024-09-02']],
    ['up to a month (prefix)', { to: '2024-05' }, ['2024-05-30', '2024-05-30', '2024-05-30']],
    ['in a range with nothing', { from: '2023-01-01', to: '2023-12-31' }, []],
  ])('%s', (_label, options, expectedDates) => {
    expect(kg.relations(options).map((r) => r.date)).toEqual(expectedDates);
  });
});

describe('timeline', () => {
  it('lists the dated relations of an entity in date order', () => {
    expect(kg.timeline('曹淑敏').map((e) => [e.date, e.relation.type, e.other.name])).toEqual([
      ['2024-05-30', 'met_with', '阿卜杜拉·哈米德'],
      ['2024-06-03', 'holds_position', '国家广播电视总局'],
      ['2024-09-02', 'met_with', '阿玛杜·库利巴利'],
      ['2024-09-09', 'holds_position', '国家广播电视总局'],
    ]);
  });
});

describe('shortestPath', () => {
  it('walks edges in either direction and names the relation of each step', () => {
    const path = kg.shortestPath('阿卜杜拉·哈米德', '王晓明');
    expect(path?.map((step) => step.entity.name)).toEqual(['阿卜杜拉·哈米德', '曹淑敏', '国家广播电视总局', '王晓明']);
    expect(path?.map((step) => step.via && [step.via.relation.type, step.via.direction])).toEqual([
      undefined,
      ['met_with', 'in'],
      ['holds_position', 'out'],
      ['holds_position', 'in'],
    ]);
  });

  it('returns null between unconnected entities', () => {
    expect(kg.shortestPath('山海情', '曹淑敏')).toBeNull();
  });
});

describe('ego', () => {
  it('returns the neighbourhood as a knowledge graph with its documents', () => {
    const ego = kg.ego('中科视听合作协议', 1);
    expect(ego.graph.nodes().sort()).toEqual(['agreement:中科视听合作协议', 'organization:国家广播电视总局', 'organization:科特迪瓦通讯部']);
    expect(ego.graph.size).toBe(2);
    expect(ego.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
  });

  it('grows with depth and copies attributes', () => {
    const ego = kg.ego('中科视听合作协议', 2);
    expect(ego.graph.order).toBeGreaterThan(3);
    ego.graph.setNodeAttribute('organization:国家广播电视总局', 'label', 'changed');
    expect(kg.graph.getNodeAttribute('organization:国家广播电视总局', 'label')).toBe('国家广播电视总局');
  });
});

describe('rank and communities', () => {
  it('ranks by degree', () => {
    expect(kg.rank({ by: 'degree', limit: 2 }).map((r) => [r.entity.name, r.score])).toEqual([
      ['国家广播电视总局', 5],
      ['曹淑敏', 3],
    ]);
  });

  it('gives the first `limit` entities of the whole graph sorted by score then name, whatever the limit', () => {
    // Many ties: 60 organizations, named so that names alone do not follow the ids, degrees 0 to 4.
    const big = new KnowledgeGraph();
    const ids = Array.from({ length: 60 }, (_v, i) => `organization:${'乙甲丙'[i % 3]}局${59 - i}`);
    for (const id of ids) big.graph.addNode(id, { label: id.slice('organization:'.length), type: 'organization', aliases: [], mentions: 1, documents: ['d'] });
    ids.forEach((id, i) => {
      for (let k = 1; k <= i % 5; k++) big.graph.addDirectedEdgeWithKey(`${id}>${k}`, id, ids[(i + k * 7) % ids.length]!, { type: 'part_of', evidence: [], documents: ['d'] });
    });
    const sorted = big.rank({ limit: 10_000 });
    expect(sorted).toHaveLength(60);
    for (const limit of [0, 1, 2, 7, 10, 59, 60, 61, 256, 257]) {
      expect(big.rank({ limit })).toEqual(sorted.slice(0, limit));
      expect(big.rank({ by: 'pagerank', limit })).toEqual(big.rank({ by: 'pagerank', limit: 10_000 }).slice(0, limit));
    }
  });

  it('ranks by pagerank (scores sum to 1 over all nodes)', () => {
    const all = kg.rank({ by: 'pagerank', limit: 100 });
    expect(all).toHaveLength(kg.graph.order);
    expect(all.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 6);
    expect(all[0]!.entity.type).not.toBe('official'); // sinks of holds_position/signed collect rank
  });

  it('detects communities deterministically and writes them onto the nodes', () => {
    const first = fixtureGraph();
    const second = fixtureGraph();
    const result = first.detectCommunities();
    second.detectCommunities();
    expect(result.count).toBeGreaterThan(1);
    const communities = (g: KnowledgeGraph) => g.graph.mapNodes((_n, a) => a.community);
    expect(communities(first)).toEqual(communities(second));
    expect(first.graph.getNodeAttribute('work:山海情', 'community')).toBe(first.graph.getNodeAttribute('organization:正午阳光', 'community'));
  });

  it('summarizes counts by type and top entities', () => {
    const summary = kg.summarize(1);
    expect(summary).toMatchObject({ documents: 2, entities: 15, relations: 14 });
    expect(summary.entitiesByType).toMatchObject({ organization: 6, official: 4, agreement: 2, event: 1 });
    expect(summary.relationsByType).toMatchObject({ holds_position: 4, signed: 4, met_with: 2 });
    expect(summary.topEntities.map((r) => r.entity.name)).toEqual(['国家广播电视总局']);
  });
});
