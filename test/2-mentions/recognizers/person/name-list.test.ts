import { describe, expect, it } from 'vitest';
import { nameLists } from '../../../../src/2-mentions/recognizers/person/name-list.js';
import { PERSON_RULES } from '../../../../src/2-mentions/recognizers/person/index.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('nameLists', () => {
  const rows: Row[] = [
    ['three names or more after a title in the sentence are officials, a person found before among them', '历任台长依次是孙启航、任立新、戴晓东、王建林。', ['official:孙启航', 'official:任立新', 'official:戴晓东', 'official:王建林']],
    ['without a title they are people', '到场的有孙启航、任立新、戴晓东。', ['person:孙启航', 'person:任立新', 'person:戴晓东']],
    ['two names are no list of this rule', '到场的有孙启航、任立新。', []],
    ['a list of common words is none of names', '涉及金融、文化、安全等领域。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(nameLists, sentence, PERSON_RULES.slice(0, PERSON_RULES.indexOf(nameLists)))).toEqual(expected);
  });
});
