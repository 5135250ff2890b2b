import { describe, expect, it } from 'vitest';
import { namesAfterRoles } from '../../../../src/2-mentions/recognizers/person/roles.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesAfterRoles', () => {
  const rows: Row[] = [
    ['a name after a role that is no position is a person', '球员林小雨出席发布会。', ['person:林小雨']],
    ['a name after 律师', '律师孙明杰出席发布会。', ['person:孙明杰']],
    ['a title is no role (主播 gives an official, elsewhere)', '网红主播林小雨出席发布会。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesAfterRoles, sentence)).toEqual(expected);
  });
});
