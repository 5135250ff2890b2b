import { describe, expect, it } from 'vitest';
import { GRAPH_QUERIES } from '../../src/6-graph/index.js';
import { fixtureGraph } from './fixture-graph.js';

/** [query, arguments]: each row of the table is a method of the graph giving what the function gives. */
const rows: [keyof typeof GRAPH_QUERIES, unknown[]][] = [
  ['findEntities', [{ name: '总局', match: 'substring' }]],
  ['resolve', ['广电总局']],
  ['neighbors', ['曹淑敏', { direction: 'out' }]],
  ['officialsOf', ['国家广播电视总局']],
  ['positionsOf', ['曹淑敏']],
  ['worksOf', ['东方卫视']],
  ['agreementsOf', ['国家广播电视总局']],
  ['documentsIssuedBy', ['国家广播电视总局']],
  ['relations', [{ type: 'holds_position' }]],
  ['timeline', ['曹淑敏']],
  ['shortestPath', ['曹淑敏', '东方卫视']],
  ['rank', [{ limit: 3 }]],
  ['detectCommunities', [{ seed: 1 }]],
];

describe('the query table', () => {
  it('has a row for every query the graph answers', () => {
    expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(GRAPH_QUERIES).sort());
  });

  it.each(rows)('kg.%s(…) is the query of the table on kg.graph', (name, args) => {
    const kg = fixtureGraph();
    const method = (kg as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    const query = GRAPH_QUERIES[name] as (graph: unknown, ...a: unknown[]) => unknown;
    expect(method.apply(kg, args)).toEqual(query(fixtureGraph().graph, ...args));
  });
});
