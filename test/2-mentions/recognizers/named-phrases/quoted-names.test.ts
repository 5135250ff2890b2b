import { describe, expect, it } from 'vitest';
import { quotedNames } from '../../../../src/2-mentions/recognizers/named-phrases/quoted-names.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('quotedNames', () => {
  const rows: Row[] = [
    ['a quoted agreement', '双方签署“星澜青川战略合作协议”。', ['agreement/strategic_cooperation:星澜青川战略合作协议']],
    ['a quoted event', '青川市举办“星澜微短剧创作大赛”。', ['event/contest:星澜微短剧创作大赛']],
    ['a quote that is only its cue and one character', '他称之为“新大赛”。', []],
    ['a quote without a cue', '青川市提出“星澜之夜”。', []],
    ['a cue that only ends a longer word (发展 ends in 展)', '青川市提出“星澜产业发展”。', []],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(quotedNames(relationContext(text), 'test'))).toEqual(names);
  });
});
