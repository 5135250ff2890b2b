import { describe, expect, it } from 'vitest';
import { namesWithAddress } from '../../../../src/2-mentions/recognizers/person/form-of-address.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesWithAddress', () => {
  const rows: Row[] = [
    ['a full name before 先生', '陈海生先生接受了采访。', ['person:陈海生']],
    ['a full name before 教授', '何立平教授接受了采访。', ['person:何立平']],
    ['a surname alone with a form of address names no one', '王先生接受了采访。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesWithAddress, sentence)).toEqual(expected);
  });
});
