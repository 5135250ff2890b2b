import { describe, expect, it } from 'vitest';
import { roleLabelLists } from '../../../../src/2-mentions/recognizers/person/role-label-list.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('roleLabelLists', () => {
  const rows: Row[] = [
    ['names on a line after a role label are officials of its kind', '节目上线。\n责编：余晓力 何紫薇\n', ['official:余晓力/media', 'official:何紫薇/media']],
    ['a label that is no title of the dictionary lists no one', '节目上线。\n出品：余晓力 何紫薇\n', []],
    ['one name alone is no list', '节目上线。\n责编：余晓力\n', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(roleLabelLists, sentence)).toEqual(expected);
  });
});
