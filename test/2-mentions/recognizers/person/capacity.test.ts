import { describe, expect, it } from 'vitest';
import { namesBeforeCapacity } from '../../../../src/2-mentions/recognizers/person/capacity.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesBeforeCapacity', () => {
  const rows: Row[] = [
    ['a name before 作为 an organization\'s title', '刘振宇作为星澜影业的总经理出席活动。', ['official:刘振宇']],
    ['a name before joining an organization, then a post', '周立新加入星澜影业，担任总经理。', ['official:周立新']],
    ['作为 without an organization gives no post', '王海涛作为嘉宾出席活动。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesBeforeCapacity, sentence)).toEqual(expected);
  });
});
