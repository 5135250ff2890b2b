/**
 * One node per person across documents, two for namesakes whose posts show two people. The people,
 * companies and news items are invented.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';

/** Invented news items: [document id, date, text]. */
type Doc = [id: string, date: string, text: string];
type Row = [label: string, docs: Doc[], nodes: number];

const officialsNamed = (docs: Doc[], name: string) => {
  const kg = new KnowledgeGraph();
  for (const [id, date, text] of docs) kg.addDocument(text, { id, date });
  return kg.graph.filterNodes((_key, a) => a.type === 'official' && a.label === name);
};

describe('officials of one name across documents', () => {
  it.each<Row>([
    ['one person named with a title, then without', [
      ['a.txt', '2024-05-02', '星河影业总经理王晓峰出席了发布会。'],
      ['b.txt', '2024-06-10', '王晓峰表示，公司将加大投入。'],
    ], 1],
    ['one person, two titles at one company', [
      ['a.txt', '2024-05-02', '星河影业总经理王晓峰出席了发布会。'],
      ['b.txt', '2024-05-20', '星河影业董事长王晓峰出席了论坛。'],
    ], 1],
    ['one person, a new post at another company some years later', [
      ['a.txt', '2019-03-02', '星河影业总经理王晓峰出席了发布会。'],
      ['b.txt', '2024-05-20', '青川传媒董事长王晓峰出席了论坛。'],
    ], 1],
    ['two people: other company and title in the same month', [
      ['a.txt', '2024-05-02', '星河影业总经理王晓峰出席了发布会。'],
      ['b.txt', '2024-05-20', '青川传媒董事长王晓峰出席了论坛。'],
    ], 2],
    ['the namesake\'s later news joins the namesake, not the first one', [
      ['a.txt', '2024-05-02', '星河影业总经理王晓峰出席了发布会。'],
      ['b.txt', '2024-05-20', '青川传媒董事长王晓峰出席了论坛。'],
      ['c.txt', '2024-07-01', '青川传媒董事长王晓峰会见了来访客人。'],
    ], 2],
  ])('%s', (_label, docs, nodes) => {
    expect(officialsNamed(docs, '王晓峰')).toHaveLength(nodes);
  });

  it('keeps each namesake\'s posts on its own node', () => {
    const kg = new KnowledgeGraph();
    kg.addDocument('星河影业总经理王晓峰出席了发布会。', { id: 'a.txt', date: '2024-05-02' });
    kg.addDocument('青川传媒董事长王晓峰出席了论坛。', { id: 'b.txt', date: '2024-05-20' });
    const posts = ['official:王晓峰', 'official:王晓峰#2'].map((node) => kg.graph.outEdges(node).map((e) => kg.graph.getEdgeAttributes(e).title));
    expect(posts).toEqual([['总经理'], ['董事长']]);
  });
});
