import { describe, expect, it } from 'vitest';
import { alternation, charClass } from '../../src/dictionary/alternation.js';

describe('alternation', () => {
  const rows: [label: string, words: string[], input: string, expected: string | undefined][] = [
    ['the longest word first', ['出品', '联合出品'], '星澜联合出品', '联合出品'],
    ['a word with pattern syntax matches itself', ['C++', 'A.I'], '用C++写', 'C++'],
    ['no words match nothing', [], '出品', undefined],
  ];
  it.each(rows)('%s', (_label, words, input, expected) => {
    expect(alternation(words, 'u').exec(input)?.[0]).toBe(expected);
  });
});

describe('charClass', () => {
  const rows: [label: string, chars: string, input: string, expected: boolean][] = [
    ['a listed character', '一二三', '二', true],
    ['an unlisted one', '一二三', '四', false],
    ['a hyphen is a character, not a range', 'a-c', 'b', false],
    ['so are ] and ^', ']^', '^', true],
  ];
  it.each(rows)('%s', (_label, chars, input, expected) => {
    expect(new RegExp(`^[${charClass(chars)}]$`, 'u').test(input)).toBe(expected);
  });
});
