import { describe, expect, it } from 'vitest';
import { nameLists } from '../../../../src/2-mentions/recognizers/person/name-list.js';
import { PERSON_RULES } from '../../../../src/2-mentions/recognizers/person/index.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('nameLists', () => {
  const rows: Row[] = [
    ['three names or more after a title in the sentence are officials, a person found before among them', '历任台长依次是孟启川、任继远、戴临江、王枫林。', ['official:孟启川', 'official:任继远', 'official:戴临江', 'official:王枫林']],
    ['without a title they are people (孟启川 a person found before)', '到场的有孟启川、任继远、戴临江。', ['person:任继远', 'person:戴临江']],
    ['two names are no list of this rule', '到场的有孟启川、任继远。', []],
    ['a list of common words is none of names', '涉及金融、文化、安全等领域。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(nameLists, sentence, PERSON_RULES.slice(0, PERSON_RULES.indexOf(nameLists)))).toEqual(expected);
  });
});
