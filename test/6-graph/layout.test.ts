import { describe, expect, it } from 'vitest';
import { barnesHutTheta, ENTITY_COLORS, iterationBudget, layout, seedPositions } from '../../src/6-graph/index.js';
import type { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { fixtureGraph } from './fixture-graph.js';

describe('layout', () => {
  it('writes finite x, y, a size by degree and a colour by type on every node', () => {
    const kg = fixtureGraph();
    kg.layout();
    kg.graph.forEachNode((_key, node) => {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Number.isFinite(node.y)).toBe(true);
      expect(node.color).toBe(ENTITY_COLORS[node.type]);
    });
    const size = (id: string) => kg.graph.getNodeAttribute(id, 'size');
    expect(size('organization:国家广播电视总局')).toBe(15);
    expect(size('organization:国家广播电视总局')).toBeGreaterThan(size('work:山海情')!);
  });

  it('is deterministic: the same graph and seed give the same drawing', () => {
    const positions = (g: KnowledgeGraph['graph']) => Object.fromEntries(g.mapNodes((key, node) => [key, [node.x, node.y]]));
    const [once, again, otherSeed] = [fixtureGraph(), fixtureGraph(), fixtureGraph()];
    layout(once.graph);
    layout(again.graph);
    layout(otherSeed.graph, { seed: 7 });
    expect(positions(again.graph)).toEqual(positions(once.graph));
    expect(positions(otherSeed.graph)).not.toEqual(positions(once.graph));
  });

  it('starts from positions that do not depend on insertion order', () => {
    const forward = fixtureGraph().graph;
    const backward = forward.nullCopy();
    forward.nodes().reverse().forEach((node) => backward.addNode(node, { ...forward.getNodeAttributes(node) }));
    seedPositions(forward);
    seedPositions(backward);
    forward.forEachNode((node, attributes) => {
      expect([backward.getNodeAttribute(node, 'x'), backward.getNodeAttribute(node, 'y')]).toEqual([attributes.x, attributes.y]);
    });
  });

  it.each([
    [10, 500],
    [100, 500],
    [500, 200],
    [5000, 80],
    [50_000, 30],
  ])('spends %i nodes → %i ForceAtlas2 iterations', (order, iterations) => {
    expect(iterationBudget(order)).toBe(iterations);
  });

  it.each([
    [5000, 0.5],
    [10_000, 0.5],
    [50_000, 1.2],
  ])('approximates repulsion on %i nodes with Barnes-Hut theta %s', (order, theta) => {
    expect(barnesHutTheta(order)).toBe(theta);
  });

  it('with positions: false, sizes and colours the nodes without placing them', () => {
    const kg = fixtureGraph();
    kg.layout({ positions: false });
    const drawn = fixtureGraph();
    drawn.layout();
    kg.graph.forEachNode((key, node) => {
      expect(node.x).toBeUndefined();
      expect(node.y).toBeUndefined();
      expect(node.size).toBe(drawn.graph.getNodeAttribute(key, 'size'));
      expect(node.color).toBe(ENTITY_COLORS[node.type]);
    });
  });

  it('leaves an empty graph alone', () => {
    const kg = fixtureGraph();
    kg.graph.clear();
    expect(() => kg.layout()).not.toThrow();
  });
});
