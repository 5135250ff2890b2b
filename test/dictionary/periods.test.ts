import { describe, expect, it } from 'vitest';
import { dayAfter, firstDay, inForce } from '../../src/dictionary/periods.js';
import { bundledDictionary, parseDictionary } from '../../src/dictionary/load.js';
import { thrown } from '../support.js';

describe('inForce: a period from `from` (inclusive) to `to` (exclusive), each at its own precision', () => {
  const period = { from: '2013-03', to: '2018-03' };
  const rows: [label: string, date: string, expected: boolean][] = [
    ['a day inside', '2016-05-03', true],
    ['the first month counts', '2013-03-22', true],
    ['the month of `to` is the successor\'s', '2018-03-21', false],
    ['before `from`', '2012-12-31', false],
    ['a year is compared as written', '2016', true],
  ];
  it.each(rows)('%s', (_label, date, expected) => expect(inForce(period, date)).toBe(expected));
  it('an open end is in force ever since', () => expect(inForce({ from: '2018-03' }, '2030-01-01')).toBe(true));
});

describe('firstDay / dayAfter', () => {
  const rows: [label: string, date: string, first: string, after: string][] = [
    ['a year', '2019', '2019-01-01', '2020-01-01'],
    ['a month', '2019-06', '2019-06-01', '2019-07-01'],
    ['December', '2019-12', '2019-12-01', '2020-01-01'],
    ['a day', '2019-06-30', '2019-06-30', '2019-07-01'],
  ];
  it.each(rows)('%s', (_label, date, first, after) => expect([firstDay(date), dayAfter(date)]).toEqual([first, after]));
});

describe('the dictionary\'s periods', () => {
  it('every successor of a bundled organization is an organization of the dictionary', () => {
    const names = new Set(bundledDictionary().organizations.map((o) => o.name));
    const missing = bundledDictionary().organizations.flatMap((o) => (o.successors ?? []).filter((s) => !names.has(s)).map((s) => `${o.name} → ${s}`));
    expect(missing).toEqual([]);
  });
  const rows: [label: string, entry: object, message: RegExp][] = [
    ['successors need their change', { name: '甲局', subtype: 'government', to: '2018-03', successors: ['乙局'] }, /successors and change go together/],
    ['successors need the date of the change', { name: '甲局', subtype: 'government', successors: ['乙局'], change: 'renamed' }, /needs the date it ended/],
    ['a date is YYYY, YYYY-MM or YYYY-MM-DD', { name: '甲局', subtype: 'government', from: '2018/03' }, /must be YYYY, YYYY-MM or YYYY-MM-DD/],
    ['from comes before to', { name: '甲局', subtype: 'government', from: '2018-03', to: '2013-03' }, /from must be before to/],
  ];
  it.each(rows)('%s', (_label, entry, message) => expect(thrown(() => parseDictionary({ organizations: [entry] })).message).toMatch(message));
});
