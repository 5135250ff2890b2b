import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/index.js';
import { noisyOr, unionConfidence } from '../../src/6-graph/confidence.js';
import { ExtractionGraph } from '../../src/6-graph/knowledge-graph.js';
import type { Entity, ExtractionResult, Relation } from '../../src/types.js';

const entity = (id: string, confidence: number): Entity => {
  const [type, name] = id.split(':') as [Entity['type'], string];
  return { id, type, name, aliases: [], mentions: [{ start: 0, end: name.length, text: name }], confidence };
};
const holds = (person: string, org: string, title: string, confidence: number): Relation => ({
  id: `r-${person}`, type: 'holds_position', source: person, target: org, title, confidence,
  evidence: { sentence: `${title}`, start: 0, end: 1 },
});

/** One invented bulletin: a sure official and a doubtful one of the same body. */
function bulletin(): ExtractionResult {
  return {
    entities: [entity('organization:星澜影业', 0.9), entity('official:周启航', 0.95), entity('official:林望舒', 0.3)],
    relations: [holds('official:周启航', 'organization:星澜影业', '总经理', 0.9), holds('official:林望舒', 'organization:星澜影业', '副总经理', 0.4)],
    meta: {},
  };
}

describe('noisyOr: documents as independent witnesses', () => {
  it.each([
    ['a first witness', undefined, 0.6, 0.6],
    ['two witnesses of 0.6', 0.6, 0.6, 0.84],
    ['a sure one and a doubtful one', 0.9, 0.3, 0.93],
    ['never certain', 0.999, 0.99, 0.999],
  ])('%s', (_label, a, c, expected) => {
    expect(noisyOr(a, c)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['distinct documents: noisy-or', 0.5, 0.5, false, 0.75],
    ['a shared document: the higher', 0.5, 0.7, true, 0.7],
    ['one side without: the other', undefined, 0.7, false, 0.7],
  ])('unionConfidence, %s', (_label, a, b, shared, expected) => {
    expect(unionConfidence(a, b, shared)).toBeCloseTo(expected, 3);
  });
});

describe('confidence merged across documents', () => {
  it('two invented documents stating one appointment: higher than either', () => {
    const first = extract('星澜影业总经理周启航出席发布会。');
    const second = extract('周启航以星澜影业总经理身份出席论坛。星澜影业总经理周启航致辞。');
    const kg = new ExtractionGraph();
    kg.addExtraction(first, { id: 'a' });
    kg.addExtraction(second, { id: 'b' });
    const relation = first.relations.find((r) => r.type === 'holds_position')!;
    const key = `${relation.type}|${relation.source}|${relation.target}|${relation.title ?? ''}`;
    const edge = kg.graph.getEdgeAttributes(key);
    const each = Math.max(relation.confidence!, second.relations.find((r) => r.type === 'holds_position')!.confidence!);
    expect(edge.documents).toEqual(['a', 'b']);
    expect(edge.confidence).toBeGreaterThan(each);
    const node = kg.graph.getNodeAttributes(relation.source);
    expect(node.confidence).toBeGreaterThan(first.entities.find((e) => e.id === relation.source)!.confidence!);
  });

  it('a document counts once: the same extraction under one id changes nothing', () => {
    const kg = new ExtractionGraph();
    kg.addExtraction(bulletin(), { id: 'a' });
    kg.addExtraction(bulletin(), { id: 'a' });
    expect(kg.graph.getNodeAttribute('official:周启航', 'confidence')).toBe(0.95);
  });

  it('survives toJSON / fromJSON and keeps growing', () => {
    const kg = new ExtractionGraph();
    kg.addExtraction(bulletin(), { id: 'a' });
    const again = ExtractionGraph.fromJSON(kg.toJSON());
    again.addExtraction(bulletin(), { id: 'b' });
    expect(again.graph.getNodeAttribute('official:林望舒', 'confidence')).toBeCloseTo(0.51, 3);
  });
});

describe('queries filter by minConfidence', () => {
  const kg = new ExtractionGraph();
  kg.addExtraction(bulletin(), { id: 'a' });
  const names = (refs: { name: string }[]) => refs.map((r) => r.name).sort();
  it.each([
    ['officialsOf, no threshold', () => names(kg.officialsOf('星澜影业').map((o) => o.person)), ['周启航', '林望舒'].sort()],
    ['officialsOf 0.5', () => names(kg.officialsOf('星澜影业', { minConfidence: 0.5 }).map((o) => o.person)), ['周启航']],
    ['positionsOf 0.5', () => kg.positionsOf('林望舒', { minConfidence: 0.5 }).map((p) => p.title), []],
    ['neighbors 0.5', () => names(kg.neighbors('星澜影业', { minConfidence: 0.5 }).map((n) => n.entity)), ['周启航']],
    ['relations 0.5', () => kg.relations({ minConfidence: 0.5 }).map((r) => r.title), ['总经理']],
    ['timeline 0.95', () => kg.timeline('星澜影业', { minConfidence: 0.95 }), []],
    ['findEntities 0.5', () => names(kg.findEntities({ type: 'official', minConfidence: 0.5 })), ['周启航']],
  ])('%s', (_label, query, expected) => {
    expect(query()).toEqual(expected);
  });

  it('withMinConfidence: the graph without what is below, documents kept', () => {
    const sure = kg.withMinConfidence(0.5);
    expect(sure.graph.hasNode('official:林望舒')).toBe(false);
    expect(sure.graph.size).toBe(1);
    expect(sure.documents.map((d) => d.id)).toEqual(['a']);
    expect(kg.graph.hasNode('official:林望舒')).toBe(true);
    expect(() => kg.withMinConfidence(2)).toThrow(/minConfidence/);
  });
});
