import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { fixtureGraph } from './fixture-graph.js';

describe('toJSON / fromJSON', () => {
  it('round-trips losslessly, including layout and communities', () => {
    const kg = fixtureGraph();
    kg.layout({ iterations: 20 });
    kg.detectCommunities();
    const json = JSON.parse(JSON.stringify(kg.toJSON()));
    const back = KnowledgeGraph.fromJSON(json);
    expect(back.toJSON()).toEqual(kg.toJSON());
    expect(back.documents).toEqual(kg.documents);
    expect(back.graph.getEdgeAttributes('holds_position|official:曹淑敏|organization:国家广播电视总局|局长')).toEqual(
      kg.graph.getEdgeAttributes('holds_position|official:曹淑敏|organization:国家广播电视总局|局长'),
    );
  });

  it('keeps the re-add guard after a round trip', () => {
    const back = KnowledgeGraph.fromJSON(fixtureGraph().toJSON());
    const size = back.graph.size;
    back.addExtraction({ entities: [], relations: [], meta: {} }, { id: 'a.txt' });
    expect(back.graph.size).toBe(size);
    expect(back.documents).toHaveLength(2);
  });

  it('returns data that does not alias the graph', () => {
    const kg = fixtureGraph();
    const json = kg.toJSON();
    json.graph.nodes[0]!.attributes!.aliases.push('x');
    expect(kg.toJSON()).not.toEqual(json);
  });

  it.each([
    ['not an object', 42, /top level/],
    ['another format', { format: 'gexf', version: 1, graph: {}, documents: [] }, /format/],
    ['a bad entity type', (() => {
      const json = fixtureGraph().toJSON() as unknown as { graph: { nodes: Array<{ attributes: { type: string } }> } };
      json.graph.nodes[0]!.attributes.type = 'planet';
      return json;
    })(), /graph\.nodes\.0\.attributes\.type/],
  ])('rejects %s with a message naming the field', (_label, data, message) => {
    expect(() => KnowledgeGraph.fromJSON(data)).toThrow(/^shiting-kg: not a shiting-kg graph JSON: /);
    expect(() => KnowledgeGraph.fromJSON(data)).toThrow(message);
  });
});
