import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';

/** Invented news items: [document id, text]. */
type Doc = [id: string, text: string];
const graphOf = (docs: Doc[]) => {
  const kg = new KnowledgeGraph();
  for (const [id, text] of docs) kg.addDocument(text, { id });
  return kg;
};
const counterparties = (kg: KnowledgeGraph, org: string) => kg.agreementsOf(org).map((a) => [a.agreement.name, a.counterparties.map((c) => c.name)]);

describe('generic agreements, events and documents across documents', () => {
  it('two generic agreements of different parties stay two nodes, each with its own counterparties', () => {
    const kg = graphOf([
      ['a.txt', '湖南广播电视台与哔哩哔哩签署《战略合作框架协议》。'],
      ['b.txt', '北京广播电视台与快手签署《战略合作框架协议》。'],
    ]);
    expect(kg.findEntities({ type: 'agreement' })).toHaveLength(2);
    expect(counterparties(kg, '哔哩哔哩')).toEqual([['战略合作框架协议', ['湖南广播电视台']]]);
    expect(counterparties(kg, '快手')).toEqual([['战略合作框架协议', ['北京广播电视台']]]);
  });

  it('the same parties\' generic agreement reported by two documents is one node', () => {
    const kg = graphOf([
      ['a.txt', '湖南广播电视台与哔哩哔哩签署《战略合作框架协议》。'],
      ['b.txt', '哔哩哔哩与湖南广播电视台签署《战略合作框架协议》，双方将共建内容生态。'],
    ]);
    expect(kg.findEntities({ type: 'agreement' })).toHaveLength(1);
    expect(counterparties(kg, '哔哩哔哩')).toEqual([['战略合作框架协议', ['湖南广播电视台']]]);
  });

  it('a distinctive title still merges across documents', () => {
    const kg = graphOf([
      ['a.txt', '国家广播电视总局与阿联酋媒体委员会签署《中阿视听合作谅解备忘录》。'],
      ['b.txt', '《中阿视听合作谅解备忘录》的签署推动了两国视听交流。'],
    ]);
    expect(kg.findEntities({ type: 'agreement', name: '中阿视听合作谅解备忘录' })).toHaveLength(1);
  });

  it('generic documents of two issuers are two, and one without an issuer is its document\'s own', () => {
    const kg = graphOf([
      ['a.txt', '湖南省广播电视局发布《通知》，要求加强审核。'],
      ['b.txt', '北京市广播电视局发布《通知》，部署专项整治。'],
      ['c.txt', '《通知》要求加强审核。'],
    ]);
    expect(kg.documentsIssuedBy('湖南省广播电视局').map((d) => d.document.name)).toEqual(['通知']);
    expect(kg.findEntities({ type: 'document', name: '通知' })).toHaveLength(3);
  });
});

describe('one node per person', () => {
  it.each([
    ['titled first, untitled later', ['国家广播电视总局局长孙启航出席会议。', '孙启航表示，要推动微短剧健康发展。']],
    ['untitled first, titled later', ['孙启航表示，要推动微短剧健康发展。', '国家广播电视总局局长孙启航出席会议。']],
  ])('%s: one official node with both documents', (_label, texts) => {
    const kg = graphOf(texts.map((text, i) => [`${i}.txt`, text] as Doc));
    const people = [...kg.findEntities({ type: 'official' }), ...kg.findEntities({ type: 'person' })].filter((e) => e.name === '孙启航');
    expect(people.map((e) => e.id)).toEqual(['official:孙启航']);
    expect(kg.graph.getNodeAttribute('official:孙启航', 'documents')).toHaveLength(2);
    expect(kg.positionsOf('孙启航').map((p) => [p.organization.name, p.title])).toEqual([['国家广播电视总局', '局长']]);
  });
});
