import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/index.js';
import { CHUNK_SIZE, extractInChunks, LARGE_TEXT_THRESHOLD, mergeChunkResults, splitTextIntoChunks } from '../../src/5-extract/chunks.js';
import { collectGarbage } from '../../src/5-extract/collect-garbage.js';
import { extractLarge } from '../../src/5-extract/large-text.js';
import type { ExtractionResult } from '../../src/types.js';
import { DOCUMENTS } from '../8-corpus/helpers.js';

/** Paragraphs of a long weekly report, written for this test; each names its people and bodies in full. */
const PARAGRAPHS = [
  '国家广播电视总局局长曹淑敏在北京会见了英国广播公司总裁蒂姆·戴维。双方就纪录片合作交换了意见。',
  '中国网络视听协会在成都召开第六届中国网络视听大会，爱奇艺、腾讯视频、优酷等平台负责人出席。',
  '芒果TV与湖南广播电视台签署战略合作协议，双方将联合出品电视剧《山花烂漫时》。',
  '国家广播电视总局印发《关于进一步加强网络微短剧管理的通知》，要求各平台落实主体责任。',
  '中央广播电视总台副台长邢博出席第六届中国网络视听大会开幕式并致辞。',
  '北京爱奇艺科技有限公司出品的网络电影《怒潮》在爱奇艺独家上线，上线首周播放量破亿。',
];

function report(minLength: number): string {
  const lines = ['网络视听周报（合订本）', '2024年9月9日', ''];
  let length = lines.join('\n').length;
  for (let i = 0; length < minLength; i++) {
    const line = PARAGRAPHS[i % PARAGRAPHS.length]!;
    lines.push(line, '');
    length += line.length + 2;
  }
  return lines.join('\n');
}

function expectExactOffsets(text: string, result: ExtractionResult): void {
  for (const entity of result.entities) {
    for (const m of entity.mentions) expect(text.slice(m.start, m.end), entity.id).toBe(m.text);
  }
  for (const r of result.relations) expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
}

/** Relations without their ids, in a stable order: extract lists them rule by rule, extractLarge chunk by chunk. */
const relationSet = (result: ExtractionResult) => result.relations.map(({ id: _id, ...rest }) => rest)
  .sort((a, b) => a.evidence.start - b.evidence.start || JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('splitTextIntoChunks', () => {
  it.each([
    ['a short text is one chunk', 'abc。', 10, ['abc。']],
    ['cuts after a line that ends a sentence', '一二三。\n四五六七八九十', 8, ['一二三。\n', '四五六七八九十']],
    ['prefers a sentence end to a bare line break', '一二\n三四。五六七八', 8, ['一二\n三四。', '五六七八']],
    ['keeps closing quotes with their sentence', '甲说：“好。”乙丙丁戊己', 8, ['甲说：“好。”', '乙丙丁戊己']],
    ['falls back to a line break', '一二三四\n五六七八九十', 8, ['一二三四\n', '五六七八九十']],
    ['never cuts a surrogate pair', 'abc𠀀𠀀𠀀', 4, ['abc', '𠀀𠀀', '𠀀']],
    ['never cuts \\r\\n', 'abcdefg\r\nhij', 8, ['abcdefg', '\r\nhij']],
  ])('%s', (_label, text, size, expected) => {
    const chunks = splitTextIntoChunks(text, size);
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });

  it('covers the text exactly, chunks no longer than the size', () => {
    const text = report(50_000);
    const chunks = splitTextIntoChunks(text, 7_000);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    chunks.forEach((c, i) => {
      expect(c.end - c.start).toBeLessThanOrEqual(7_000);
      if (i > 0) expect(c.start).toBe(chunks[i - 1]!.end);
      if (i < chunks.length - 1) expect(text[c.end - 1]).toBe('\n');
    });
  });
});

describe('extractLarge', () => {
  it('is extract() itself on a text no longer than a chunk', () => {
    expect(extractLarge(DOCUMENTS[0]!)).toEqual(extract(DOCUMENTS[0]!));
    expect(extractLarge(DOCUMENTS[0]!, { date: '2023-05-06' })).toEqual(extract(DOCUMENTS[0]!, { date: '2023-05-06' }));
  });

  it('on a text just over the chunk size: exact offsets, the entities of one extract() call', () => {
    const text = report(CHUNK_SIZE + 3_000);
    expect(splitTextIntoChunks(text)).toHaveLength(2);
    const whole = extract(text);
    const large = extractLarge(text);
    expectExactOffsets(text, large);
    expect(large.entities).toEqual(whole.entities);
    expect(relationSet(large)).toEqual(relationSet(whole));
    expect(large.meta).toEqual(whole.meta);
    expect(large.date).toBe('2024-09-09');
    expect(large.relations.map((r) => r.id)).toEqual(large.relations.map((_r, i) => `r${i + 1}`));
  });

  it('dates every chunk with the date of the header', () => {
    // 9月2日 in the last chunk resolves against the header's year, as in one extract() call.
    const text = `${report(12_000)}\n9月2日，芒果TV与英国广播公司签署合作备忘录。\n`;
    const whole = extract(text);
    const large = extractLarge(text, { chunkSize: 2_000 });
    expectExactOffsets(text, large);
    expect(large.entities).toEqual(whole.entities);
    expect(relationSet(large)).toEqual(relationSet(whole));
    const last = large.relations.filter((r) => r.evidence.start > 12_000);
    expect(last.length).toBeGreaterThan(0);
    for (const r of last) expect(r.date).toBe('2024-09-02');
  });

  it('keeps offsets exact in text with astral characters and Windows line ends', () => {
    const text = report(9_000).replace(/\n/g, '\r\n').replace(/网络视听/g, '网络𠀀视听');
    const large = extractLarge(text, { chunkSize: 1_001 });
    expectExactOffsets(text, large);
    expect(large.entities.length).toBeGreaterThan(3);
  });
});

describe('extract() on a text longer than LARGE_TEXT_THRESHOLD', () => {
  it('reads it in chunks, as extractLarge does: exact offsets, the header\'s date on every chunk', () => {
    const text = `${report(LARGE_TEXT_THRESHOLD + 20_000)}\n9月2日，芒果TV与英国广播公司签署合作备忘录。\n`;
    const result = extract(text);
    expectExactOffsets(text, result);
    expect(result).toEqual(extractLarge(text));
    const last = result.relations.filter((r) => r.evidence.start > LARGE_TEXT_THRESHOLD);
    expect(last.length).toBeGreaterThan(0);
    for (const r of last) expect(r.date).toBe('2024-09-02');
  });
});

describe('mergeChunkResults', () => {
  it('merges entities by id and relations by type, ends and title', () => {
    const part = (start: number, alias: string): { start: number; result: ExtractionResult } => ({
      start,
      result: {
        entities: [{ id: 'organization:甲', type: 'organization', name: '甲', aliases: [alias], mentions: [{ start: 1, end: 2, text: '甲' }], attributes: { titles: [alias] } }],
        relations: [{ id: 'r1', type: 'part_of', source: 'organization:甲', target: 'organization:乙', evidence: { sentence: '甲乙', start: 1, end: 3 } }],
        meta: { title: `from ${start}` },
      },
    });
    const merged = mergeChunkResults([part(0, 'A'), part(10, 'B')]);
    expect(merged.entities).toEqual([{
      id: 'organization:甲', type: 'organization', name: '甲', aliases: ['A', 'B'],
      mentions: [{ start: 1, end: 2, text: '甲' }, { start: 11, end: 12, text: '甲' }], attributes: { titles: ['A', 'B'] },
    }]);
    expect(merged.relations).toEqual([{ id: 'r1', type: 'part_of', source: 'organization:甲', target: 'organization:乙', evidence: { sentence: '甲乙', start: 1, end: 3 } }]);
    expect(merged.meta).toEqual({ title: 'from 0' });
  });
});

describe('memory between chunks', () => {
  const empty = (): ExtractionResult => ({ entities: [], relations: [], meta: {} });
  it.each([
    ['a text of one chunk: no call', 8, 0],
    ['a text of three chunks: before the second and the third', 24, 2],
  ] as [string, number, number][])('extractInChunks calls betweenChunks between the chunks: %s', (_label, length, calls) => {
    const order: string[] = [];
    extractInChunks('甲'.repeat(length), 8, {}, (chunk) => {
      order.push(`chunk ${chunk.length}`);
      return empty();
    }, () => order.push('between'));
    expect(order.filter((step) => step === 'between')).toHaveLength(calls);
    expect(order[0]).toMatch(/^chunk/);
  });

  it.each([
    ['an object nothing refers to any more is collected', true],
  ] as [string, boolean][])('collectGarbage: %s', async (_label, collected) => {
    let chunkWork: object | undefined = { tokens: new Array(1000).fill('词') };
    const ref = new WeakRef(chunkWork);
    chunkWork = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef holds its target until the end of the job that made it
    collectGarbage();
    expect(ref.deref() === undefined).toBe(collected);
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined'); // the flag was turned on for a new context only
  });
});
