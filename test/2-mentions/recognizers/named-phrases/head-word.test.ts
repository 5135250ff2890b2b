import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../../src/2-mentions/span-index.js';
import { cueEndingAt, marked } from '../../../../src/2-mentions/recognizers/named-phrases/head-word.js';
import { relationContext } from '../../../support.js';

describe('cueEndingAt (event cues)', () => {
  const rows: [label: string, text: string, endAfter: string, cue: string | undefined][] = [
    ['a cue ending a word', '2024年星澜微短剧大赛在青川举行。', '大赛', '大赛'],
    ['no cue at the end of the word', '星澜影业在青川举行发布会。', '星澜影业', undefined],
  ];
  it.each(rows)('%s', (_label, text, endAfter, cue) => {
    const ctx = relationContext(text);
    expect(cueEndingAt(ctx, text.indexOf(endAfter) + endAfter.length, ctx.dictionary.eventCues)?.cue).toBe(cue);
  });
});

describe('marked', () => {
  const rows: [label: string, text: string, name: string, head: string, expected: boolean][] = [
    ['a year', '2024年星澜微短剧大赛在青川举行。', '2024年星澜微短剧', '大赛', true],
    ['an edition (第…届)', '第十三届星澜短片节在青川开幕。', '第十三届星澜', '短片节', true],
    ['an edition without 第 (十三届)', '十三届星澜短片节在青川开幕。', '十三届星澜', '短片节', true],
    ['common words', '年度优秀作品大赛在青川举行。', '年度优秀作品', '大赛', false],
  ];
  it.each(rows)('%s', (_label, text, name, head, expected) => {
    const ctx = relationContext(text);
    const names = new SpanIndex(ctx.candidates.filter((c) => c.kind === 'organization' || c.kind === 'place'));
    const start = text.indexOf(name);
    expect(marked(ctx, names, start, start + name.length)).toBe(expected);
    expect(text.startsWith(head, start + name.length)).toBe(true);
  });
});
