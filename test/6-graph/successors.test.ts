import { describe, expect, it } from 'vitest';
import { ExtractionGraph } from '../../src/6-graph/knowledge-graph.js';
import { CNSA, CNSA_OLD, NRTA, SAPPRFT, organization, result } from './time-fixtures.js';

const LINK = 'succeeded_by|organization:国家新闻出版广电总局|organization:国家广播电视总局|split';

describe('a body linked to its successor', () => {
  const rows: [label: string, build: (kg: ExtractionGraph) => void, edges: string[]][] = [
    ['the older body first, then its successor', (kg) => {
      kg.addExtraction(result('2016-05-03', [organization('国家新闻出版广电总局', SAPPRFT)]), { id: 'a' });
      kg.addExtraction(result('2020-06-03', [organization('国家广播电视总局', NRTA)]), { id: 'b' });
    }, [LINK]],
    ['the successor first, then the older body', (kg) => {
      kg.addExtraction(result('2020-06-03', [organization('国家广播电视总局', NRTA)]), { id: 'b' });
      kg.addExtraction(result('2016-05-03', [organization('国家新闻出版广电总局', SAPPRFT)]), { id: 'a' });
    }, [LINK]],
    ['a rename', (kg) => {
      kg.addExtraction(result('2019-06-01', [organization('中国网络视听节目服务协会', CNSA_OLD)]), { id: 'a' });
      kg.addExtraction(result('2025-03-01', [organization('中国网络视听协会', CNSA)]), { id: 'b' });
    }, ['succeeded_by|organization:中国网络视听节目服务协会|organization:中国网络视听协会|renamed']],
  ];
  it.each(rows)('%s', (_label, build, edges) => {
    const kg = new ExtractionGraph();
    build(kg);
    expect(kg.graph.filterEdges((_key, edge) => edge.type === 'succeeded_by')).toEqual(edges);
  });

  it('the link is dated by the change and titled by it (once the successor is a node); the node keeps its period', () => {
    const kg = new ExtractionGraph();
    kg.addExtraction(result('2016-05-03', [organization('国家新闻出版广电总局', SAPPRFT)]), { id: 'a' });
    expect(kg.graph.size).toBe(0);
    kg.addExtraction(result('2020-06-03', [organization('国家广播电视总局', NRTA)]), { id: 'b' });
    expect(kg.graph.getEdgeAttributes(LINK)).toEqual({ type: 'succeeded_by', title: 'split', date: '2018-03', evidence: [], documents: [] });
    expect(kg.graph.getNodeAttributes('organization:国家新闻出版广电总局')).toMatchObject({ from: '2013-03', to: '2018-03', change: 'split', successors: ['国家广播电视总局', '国家新闻出版署', '国家电影局'] });
    expect(ExtractionGraph.fromJSON(kg.toJSON()).graph.hasEdge(LINK)).toBe(true);
  });
});
