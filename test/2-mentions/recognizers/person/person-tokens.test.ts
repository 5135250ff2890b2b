import { describe, expect, it } from 'vitest';
import { jiebaPersonTokens } from '../../../../src/2-mentions/recognizers/person/person-tokens.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('jiebaPersonTokens', () => {
  const rows: Row[] = [
    ['a person token of jieba\'s that starts with a surname', '刘志强表示，平台将加大投入。', ['person:刘志强']],
    ['a transliterated name', '哈梅内斯表示，他很满意。', ['person:哈梅内斯']],
    ['a transliteration by a fixture is a club', '该队做客挑战巴斯托萨雷。', ['organization:巴斯托萨雷/other']],
    ['a common word jieba tags as a name needs a person\'s context', '高峰期间平台流量大增。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(jiebaPersonTokens, sentence)).toEqual(expected);
  });
});
