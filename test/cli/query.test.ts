import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../6-graph/fixture-graph.js';
import { hostileGraph } from '../7-export/helpers.js';
import { cli, savedGraph, tempDir } from './helpers.js';

const graph = savedGraph(fixtureGraph());

/** Write `content` to `name` in a fresh temporary directory and return its path. */
function tempFile(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content, 'utf8');
  return file;
}

describe('shiting-kg query', () => {
  it('officials-of prints an aligned table (CJK characters count two columns)', async () => {
    const result = await cli(['query', graph, 'officials-of', '广电总局']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'person  title   status   date',
        '------  ------  -------  ----------',
        '曹淑敏  局长    current  2024-06-03',
        '王晓明  副局长  current  2024-09-09',
        '',
      ].join('\n'),
    });
  });

  it('--json prints the query result', async () => {
    const result = await cli(['query', graph, 'officials-of', '国家广播电视总局', '--json']);
    expect(JSON.parse(result.stdout)).toEqual(fixtureGraph().officialsOf('国家广播电视总局'));
  });

  it.each([
    ['works-of', ['正午阳光'], /山海情\s+produced/],
    ['agreements-of', ['国家广播电视总局'], /中科视听合作协议\s+科特迪瓦通讯部\s+2024-09-02/],
    ['positions-of', ['曹淑敏'], /国家广播电视总局\s+局长/],
    ['issued-by', ['总局'], /关于进一步加强微短剧管理的通知\s+2024-06-03/],
    ['neighbors', ['曹淑敏', '--relation', 'met_with'], /→\s+met_with\s+阿玛杜·库利巴利\s+official\s+2024-09-02/],
    ['timeline', ['曹淑敏'], /2024-05-30\s+→\s+met_with\s+阿卜杜拉·哈米德\n/],
    ['path', ['阿卜杜拉·哈米德', '王晓明'], /3\s+← holds_position \(副局长\)\s+王晓明\s+official/],
    ['find', ['视听'], /agreement:中阿视听合作谅解备忘录/],
    ['rank', ['--limit', '1'], /1\s+国家广播电视总局\s+organization\s+5\n$/],
  ])('%s', async (query, args, expected) => {
    const result = await cli(['query', graph, query, ...args]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(expected);
  });

  it('prints (no results) for an empty answer', async () => {
    expect((await cli(['query', graph, 'works-of', '国家广播电视总局'])).stdout).toBe('(no results)\n');
  });

  it.each([
    ['an unknown entity', ['officials-of', '某某局'], 'shiting-kg: no entity named "某某局"\n'],
    ['a wrong number of arguments', ['path', '曹淑敏'], 'shiting-kg: query path takes <from> <to>, got 1 argument(s)\n'],
    ['an unknown relation type', ['neighbors', '曹淑敏', '--relation', 'likes'], expect.stringContaining('shiting-kg: --relation: unknown relation type "likes"')],
    ['unconnected entities', ['path', '山海情', '曹淑敏'], 'shiting-kg: no path between "山海情" and "曹淑敏"\n'],
    ['an unknown query', ['gossip', 'x'], expect.stringMatching(/^shiting-kg: unknown query "gossip"; queries:\n {2}officials-of <org>/)],
  ])('fails on %s', async (_label, args, stderr) => {
    expect(await cli(['query', graph, ...args])).toEqual({ code: 1, stdout: '', stderr });
  });

  it('fails clearly on a file that is not a graph', async () => {
    const result = await cli(['query', 'package.json', 'officials-of', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^shiting-kg: package\.json: not a shiting-kg graph JSON: format: /);
    expect((await cli(['query', 'nope.json', 'officials-of', 'x'])).stderr).toBe('shiting-kg: nope.json: cannot read: ENOENT\n');
  });

  it('never sends control characters of entity names to the terminal', async () => {
    const result = await cli(['query', savedGraph(hostileGraph()), 'neighbors', '国家广播电视总局']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    expect(result.stdout).toContain('bell\uFFFDnull\uFFFDesc\uFFFD[31m');
  });
});

describe('shiting-kg stats', () => {
  it('prints counts by type and the top entities', async () => {
    const result = await cli(['stats', graph, '--top', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^documents: 2, entities: 15, relations: 14\n/);
    expect(result.stdout).toMatch(/organization\s+6/);
    expect(result.stdout).toMatch(/1\s+国家广播电视总局\s+organization\s+5\n\s+2\s+曹淑敏\s+official\s+3\n$/);
  });

  it.each([['abc'], ['-1'], ['2.5']])('refuses --top %s with one shiting-kg: line', async (top) => {
    const result = await cli(['stats', graph, '--top', top]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`shiting-kg: --top: expected a whole number ≥ 0, got "${top}"\n`);
  });

  // One document's extraction (what `extract FILE` prints without --out) is not a graph: say how to make one.
  const rows: [label: string, json: () => Promise<string>, hint: boolean][] = [
    ['the JSON extract prints for one file', async () => {
      const text = tempFile('news.txt', '9月2日，国家广播电视总局局长王建林会见中国网络视听协会会长刘志强。');
      return (await cli(['extract', text])).stdout;
    }, true],
    ['some other JSON', async () => JSON.stringify({ name: 'not-a-graph' }), false],
  ];
  it.each(rows)('on %s, says what to pass instead', async (_label, json, hint) => {
    const file = tempFile('input.json', await json());
    for (const command of ['stats', 'query']) {
      const result = await cli(command === 'stats' ? ['stats', file] : ['query', file, 'rank']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^shiting-kg: .*input\.json: not a shiting-kg graph JSON: format: /);
      expect(result.stderr.includes('shiting-kg extract FILE… --out DIR')).toBe(hint);
    }
  });

  it('--json prints the summary', async () => {
    const summary = JSON.parse((await cli(['stats', graph, '--json'])).stdout);
    expect(summary).toMatchObject({ documents: 2, entities: 15, relations: 14, relationsByType: { signed: 4 } });
  });
});
