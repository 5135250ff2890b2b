import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { foreignSubtype, isForeignCountry } from '../../../../src/2-mentions/recognizers/organization-suffix/context.js';
import { contextOf } from './support.js';

const place = (name: string, subtype: string): Candidate => ({ kind: 'place', start: 0, end: name.length, name, subtype, priority: 5, by: 'test' });

describe('isForeignCountry', () => {
  const rows: [label: string, place: Candidate | undefined, expected: boolean][] = [
    ['a foreign country', place('尼日利亚', 'country'), true],
    ['China', place('中国', 'country'), false],
    ['China by its formal name', place('中华人民共和国', 'country'), false],
    ['a province', place('河北', 'province'), false],
    ['no place', undefined, false],
  ];
  it.each(rows)('%s', (_label, p, expected) => expect(isForeignCountry(p)).toBe(expected));
});

describe('foreignSubtype', () => {
  const rows: [label: string, subtype: string, foreign: boolean, expected: string][] = [
    ['a foreign government body', 'government', true, 'foreign_government'],
    ['a foreign broadcaster', 'broadcaster', true, 'foreign_media'],
    ['a foreign company stays a company', 'company', true, 'company'],
    ['a body at home', 'government', false, 'government'],
  ];
  it.each(rows)('%s', (_label, subtype, foreign, expected) => expect(foreignSubtype(subtype, foreign)).toBe(expected));
});

describe('suffixContext', () => {
  it('indexes the known organizations, places and titles found before', () => {
    const sc = contextOf('美国教育部部长出席。');
    expect(sc.places.startingAt(0).map((c) => c.name)).toEqual(['美国']);
    expect(sc.known.startingAt(2).map((c) => c.name)).toEqual(['教育部']);
    expect(sc.titleList.map((c) => c.name)).toEqual(['部长']);
    expect(sc.by).toBe('organization-suffix');
  });
});
