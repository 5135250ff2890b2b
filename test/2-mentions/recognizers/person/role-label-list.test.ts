import { describe, expect, it } from 'vitest';
import { roleLabelLists } from '../../../../src/2-mentions/recognizers/person/role-label-list.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('roleLabelLists', () => {
  const rows: Row[] = [
    ['names on a line after a role label are officials of its kind', '节目上线。\n责编：余晓力 何紫薇\n', ['official:余晓力/media', 'official:何紫薇/media']],
    ['a label that is no title of the dictionary lists no one', '节目上线。\n出品：余晓力 何紫薇\n', []],
    ['one name alone that reads as a Chinese name', '节目上线。\n责编：余晓力\n', ['official:余晓力/media']],
    ['one name among a page\'s fields, before |', '编辑: 余晓力 | 时间: 2015-09-23 | 来源: 青川日报 |\n节目上线。', ['official:余晓力/media']],
    ['one name in 【】', '节目上线。\n【编辑:余晓力】', ['official:余晓力/media']],
    ['one name in brackets', '节目上线。\n(责任编辑:余晓力)', ['official:余晓力/media']],
    ['two labels on one line', '节目上线。\n编辑:余晓力 责任编辑:何紫薇', ['official:余晓力/media', 'official:何紫薇/media']],
    ['one word alone that is no name', '节目上线。\n编辑：本网\n', []],
    ['a label inside a sentence lists no one', '他说：会长王海涛表示支持。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(roleLabelLists, sentence)).toEqual(expected);
  });
});
