import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { armedForces } from '../../../../src/2-mentions/recognizers/organization-suffix/armed-forces.js';
import { contextOf } from './support.js';

describe('armedForces', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['a foreign country\'s armed forces', '美军当天发布声明。', ['美军 foreign_government']],
    ['not before a character that makes 军 part of another word (军人)', '美军人在基地。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    const out: Candidate[] = [];
    armedForces(contextOf(text), out);
    expect(out.map((c) => `${c.name} ${c.subtype}`)).toEqual(expected);
  });
});
