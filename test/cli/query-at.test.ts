import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { cli, savedGraph } from './helpers.js';

const graph = savedGraph(fixtureGraph());

describe('shiting-kg query --at', () => {
  const rows: [label: string, args: string[], expected: RegExp, code: number][] = [
    ['officials-of at a month lists the posts stated then', ['officials-of', '广电总局', '--at', '2024-06'], /^person\s+title\s+status\s+date\n-+.*\n曹淑敏\s+局长\s+current\s+2024-06-03\n$/, 0],
    ['positions-of at a date no text states the post', ['positions-of', '曹淑敏', '--at', '2019'], /^\(no results\)\n$/, 0],
    ['a malformed date is refused on one line', ['officials-of', '广电总局', '--at', '6/2019'], /--at: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "6\/2019"/, 1],
  ];
  it.each(rows)('%s', async (_label, args, expected, code) => {
    const result = await cli(['query', graph, ...args]);
    expect([result.code, expected.test(code === 0 ? result.stdout : result.stderr)]).toEqual([code, true]);
  });
});
