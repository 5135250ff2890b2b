import { describe, expect, it } from 'vitest';
import { hostsOfOfficials } from '../../../../src/2-mentions/recognizers/person/meeting.js';
import { PERSON_RULES } from '../../../../src/2-mentions/recognizers/person/index.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('hostsOfOfficials', () => {
  const rows: Row[] = [
    ['a person who receives an official named after the verb is an official', '冯立平会见青川县广播电视局局长孙建国一行。', ['official:冯立平']],
    ['a person who meets no official stays a person', '冯立平会见了几位观众。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(hostsOfOfficials, sentence, PERSON_RULES.slice(0, PERSON_RULES.indexOf(hostsOfOfficials)))).toEqual(expected);
  });
});
