import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { placesSharingEnding } from '../../../../src/2-mentions/recognizers/organization-suffix/shared-ending.js';
import { contextOf } from './support.js';

describe('placesSharingEnding', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['each place listed before a bureau takes its own bureau', '天津、山东、河南省广电局发来贺信。', ['山东省广播电视局', '天津市广播电视局']],
    ['a place joined by 和', '上海和江苏省广播电视局派员出席。', ['上海市广播电视局']],
    ['a place the list does not join to the body names nothing', '他在天津参观了河南省广电局。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    const out: Candidate[] = [];
    placesSharingEnding(contextOf(text), out);
    expect(out.map((c) => c.name)).toEqual(expected);
  });
});
