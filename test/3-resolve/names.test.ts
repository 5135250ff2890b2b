import { describe, expect, it } from 'vitest';
import { isSubsequence, stateless, tails, withoutLeadingPlace } from '../../src/3-resolve/names.js';
import { dict } from './support.js';

describe('withoutLeadingPlace', () => {
  const rows: [label: string, name: string, max: number, kinds: string[], expected: string][] = [
    ['a city before a company', '北京星河文旅公司', 5, ['province', 'city'], '星河文旅公司'],
    ['a province', '湖南星河文旅公司', 5, ['province', 'city'], '星河文旅公司'],
    ['a place of another kind stays', '北京星河文旅公司', 5, ['country'], '北京星河文旅公司'],
    ['at least four characters are left', '北京剧社', 5, ['province', 'city'], '北京剧社'],
    ['only at the front', '星河北京文旅公司', 5, ['province', 'city'], '星河北京文旅公司'],
  ];
  it.each(rows)('%s', (_label, name, max, kinds, expected) => expect(withoutLeadingPlace(dict, name, max, kinds)).toBe(expected));
});

describe('stateless', () => {
  const rows: [label: string, name: string, expected: string][] = [
    ['a republic', '青湖共和国通讯部', '青湖通讯部'],
    ['qualifiers before the form', '青湖人民民主共和国新闻部', '青湖新闻部'],
    ['a kingdom', '白沙王国文化部', '白沙文化部'],
    ['no formal name', '青湖通讯部', '青湖通讯部'],
  ];
  it.each(rows)('%s', (_label, name, expected) => expect(stateless(dict, name)).toBe(expected));
});

describe('tails', () => {
  const rows: [label: string, name: string, min: number, inclusive: boolean, expected: string[]][] = [
    ['the proper endings from three characters', '青川对外合作部', 3, false, ['合作部', '外合作部', '对外合作部', '川对外合作部']],
    ['with the whole name', '青川论坛', 2, true, ['论坛', '川论坛', '青川论坛']],
    ['none of a short name', '论坛', 3, false, []],
  ];
  it.each(rows)('%s', (_label, name, min, inclusive, expected) => expect(tails(name, min, inclusive)).toEqual(expected));
});

describe('isSubsequence', () => {
  const rows: [label: string, short: string, long: string, expected: boolean][] = [
    ['characters dropped', '青川扶持计划', '青川大视听扶持计划', true],
    ['the same string', '青川', '青川', true],
    ['out of order', '川青', '青川', false],
    ['a character missing', '青川剧', '青川论坛', false],
  ];
  it.each(rows)('%s', (_label, short, long, expected) => expect(isSubsequence(short, long)).toBe(expected));
});
