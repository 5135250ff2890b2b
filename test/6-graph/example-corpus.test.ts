import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';

// The graph of the two bundled bulletins (examples/corpus), queried for facts the bulletins state.
const CORPUS = path.resolve('examples/corpus');
let kg: KnowledgeGraph;

beforeAll(() => {
  kg = new KnowledgeGraph();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    kg.addDocument(readFileSync(path.join(CORPUS, file), 'utf8'), { id: file });
  }
});

const titlesOf = (org: string, person: string) => kg.officialsOf(org).filter((o) => o.person.name === person).map((o) => o.title).sort();

describe('the example corpus as a knowledge graph', () => {
  it('merges 国家广播电视总局 of both bulletins into one node with its short forms', () => {
    const [nrta] = kg.findEntities({ name: '国家广电总局' });
    expect(nrta?.name).toBe('国家广播电视总局');
    expect(kg.graph.getNodeAttribute(nrta!.id, 'documents')).toHaveLength(2);
  });

  it.each([
    ['国家广播电视总局', '曹淑敏', ['党组书记', '局长']],
    ['国家广播电视总局', '朱咏雷', ['党组成员', '副局长']],
    ['国家广播电视总局', '杨国瑞', ['党组成员', '副局长']],
    ['中国网络视听协会', '聂辰席', ['会长']],
    ['小米集团', '雷军', ['CEO']],
  ])('officialsOf(%s) lists %s as %j', (org, person, titles) => {
    expect(titlesOf(org, person)).toEqual(expect.arrayContaining(titles));
  });

  it('positionsOf(曹淑敏) spans two organizations (a title chain: 中央宣传部副部长，国家广播电视总局党组书记、局长)', () => {
    const orgs = new Set(kg.positionsOf('曹淑敏').map((p) => p.organization.name));
    expect(orgs).toEqual(new Set(['中共中央宣传部', '国家广播电视总局']));
  });

  it('agreementsOf(国家广播电视总局) names the counterparty of each agreement it signed', () => {
    const counterparties = kg.agreementsOf('国家广播电视总局').flatMap((a) => a.counterparties.map((c) => c.name));
    expect(counterparties).toEqual(expect.arrayContaining(['阿联酋媒体委员会', '突尼斯国家广播电台']));
    expect(counterparties.some((name) => name.startsWith('科特迪瓦'))).toBe(true);
  });

  it('worksOf(湖南卫视) holds the micro-dramas it broadcast', () => {
    const broadcast = kg.worksOf('湖南卫视').filter((w) => w.relation === 'broadcast').map((w) => w.work.name);
    expect(broadcast.length).toBeGreaterThanOrEqual(9);
    expect(broadcast).toContain('时光正好');
  });

  it('documentsIssuedBy(中央网络安全和信息化委员会办公室) finds the action plan it issued with others', () => {
    const docs = kg.documentsIssuedBy('中央网信办').map((d) => d.document.name);
    expect(docs.some((name) => name.startsWith('信息化标准建设行动计划'))).toBe(true);
  });

  it('dates facts from the text against the bulletin date (9月2日 in a bulletin of 2024-09-09)', () => {
    const met = kg.relations({ type: 'met_with' }).find((r) => [r.source.name, r.target.name].includes('曹淑敏'));
    expect(met?.date).toBe('2024-09-02');
  });
});
