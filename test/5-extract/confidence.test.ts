import { describe, expect, it } from 'vitest';
import { confidenceOf, createExtractor, extract, type Calibration } from '../../src/5-extract/index.js';

const TABLE: Calibration = {
  entity: {
    '*': { tp: 8, n: 10, confidence: 0.8 },
    organization: { tp: 6, n: 10, confidence: 0.6 },
    'organization/dictionary-terms': { tp: 9, n: 10, confidence: 0.9 },
  },
  relation: {
    '*': { tp: 7, n: 10, confidence: 0.7 },
    holds_position: { tp: 3, n: 4, confidence: 0.75 },
    'holds_position/holds-position': { tp: 2, n: 3, confidence: 0.66 },
  },
};

describe('every output of extract() carries its rule and a confidence', () => {
  it.each([
    ['a titled official', '星澜影业总经理周启航出席发布会。'],
    ['a broadcast', '芒果TV播出电视剧《山海长歌》。'],
    ['a meeting', '国家广播电视总局局长孙启航会见科特迪瓦通讯部长阿马杜·库里巴利。'],
  ])('%s', (_label, text) => {
    const { entities, relations } = extract(text);
    expect(entities.length).toBeGreaterThan(0);
    expect(relations.length).toBeGreaterThan(0);
    for (const entity of entities) {
      expect(typeof entity.recognizer).toBe('string');
      expect(entity.confidence).toBeGreaterThan(0);
      expect(entity.confidence).toBeLessThan(1);
    }
    for (const relation of relations) {
      expect(typeof relation.rule).toBe('string');
      expect(relation.confidence).toBeGreaterThan(0);
      expect(relation.confidence).toBeLessThan(1);
    }
  });
});

describe('confidenceOf: the most specific entry of the table', () => {
  it.each([
    ['a known recognizer', 'entity', 'organization', 'dictionary-terms', 0.9],
    ['an unknown recognizer: its type', 'entity', 'organization', 'renamed-recognizer', 0.6],
    ['no recognizer: its type', 'entity', 'organization', undefined, 0.6],
    ['an unknown type: *', 'entity', 'work', 'titled-works', 0.8],
    ['a known rule', 'relation', 'holds_position', 'holds-position', 0.66],
    ['a rule renamed by a rewrite: its type', 'relation', 'holds_position', 'clause-frame', 0.75],
    ['a type the table lacks: *', 'relation', 'signed', 'signed', 0.7],
  ] as const)('%s', (_label, kind, type, rule, expected) => {
    expect(confidenceOf(TABLE, kind, type, rule)).toBe(expected);
  });

  it('an empty table gives 0.5', () => {
    expect(confidenceOf({ entity: {}, relation: {} }, 'relation', 'signed', 'signed')).toBe(0.5);
  });
});

describe('createExtractor({ calibration })', () => {
  const extractor = createExtractor({ calibration: TABLE });
  it.each([
    ['a dictionary organization', '国家广播电视总局印发通知。', 'organization:国家广播电视总局', 0.9],
  ])('%s gets the table’s confidence', (_label, text, id, expected) => {
    expect(extractor.extract(text).entities.find((e) => e.id === id)?.confidence).toBe(expected);
  });

  it('refuses a table of the wrong shape, naming it', () => {
    expect(() => createExtractor({ calibration: { entity: { '*': { tp: 1, n: 1, confidence: 2 } }, relation: {} } })).toThrow(/options\.calibration/);
  });
});
