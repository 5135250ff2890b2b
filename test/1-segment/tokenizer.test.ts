import { describe, expect, it } from 'vitest';
import { addWords, cut, isWord, tokenize, tokenizeWithTerms } from '../../src/1-segment/tokenizer.js';
import type { Token } from '../../src/types.js';

/** Every token is the text at its offsets; tokens come in order and never overlap. */
function expectAligned(text: string, tokens: Token[], offset = 0): void {
  let previousEnd = offset;
  for (const t of tokens) {
    expect(text.slice(t.start - offset, t.end - offset)).toBe(t.word);
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBe(t.start + t.word.length);
    previousEnd = t.end;
  }
}

describe('tokenize', () => {
  const rows: [label: string, text: string][] = [
    ['Chinese news text', '国家广播电视总局近日印发通知，要求各平台加强微短剧管理。'],
    ['mixed Chinese and Latin', '芒果TV与Apple TV+在AI for Good全球峰会上发布了4K超高清内容。'],
    ['emoji and symbols', '这部剧太好看了😂👍🏻！弹幕刷屏🔥🔥，评分9.5分⭐'],
    ['full-width punctuation and spaces', '“视听中国”　活动（第二季）——启动！'],
    ['digits, dates and percentages', '2024年9月9日，用户规模达10.74亿，同比增长3.2%。'],
    ['line breaks and tabs', '第一段\n\n第二段\t第三段\r\n完'],
    ['a surrogate pair at the very start and end', '𠮷野家在杭州开店𠮷'],
  ];

  it.each(rows)('offsets match the words: %s', (_label, text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    expectAligned(text, tokens);
  });

  it('shifts offsets by the given base', () => {
    const text = '芒果TV上线新剧😂';
    const tokens = tokenize(text, 100);
    expect(tokens[0]!.start).toBe(100);
    expectAligned(text, tokens, 100);
  });

  it('tags words with jieba part-of-speech tags', () => {
    const tokens = tokenize('会议在北京召开');
    expect(tokens.find((t) => t.word === '北京')?.tag).toBe('ns');
    expect(tokens.find((t) => t.word === '召开')?.tag).toMatch(/^v/);
  });

  it('returns no tokens for an empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe('addWords / isWord', () => {
  it('makes an added word come out as one token', () => {
    expect(isWord('霁川云图')).toBe(false);
    addWords([{ word: '霁川云图', tag: 'nt' }]);
    expect(isWord('霁川云图')).toBe(true);
    expect(tokenize('霁川云图发布新剧').find((t) => t.word === '霁川云图')?.tag).toBe('nt');
  });

  it('ignores words containing spaces and repeated additions', () => {
    expect(() => addWords([{ word: 'Apple TV', tag: 'nt' }, { word: '澄江数艺', tag: 'nt' }, { word: '澄江数艺', tag: 'nt' }])).not.toThrow();
    expect(isWord('Apple TV')).toBe(false);
  });

  it('cut segments without tags', () => {
    expect(cut('广播电视').join('')).toBe('广播电视');
  });
});

describe('tokenizeWithTerms', () => {
  const scanFor = (...terms: string[]) => (text: string) => {
    const spans: { start: number; end: number; tag: string }[] = [];
    for (const term of terms) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) spans.push({ start: at, end: at + term.length, tag: 'nt' });
    return spans.sort((a, b) => a.start - b.start);
  };

  it('keeps protected terms whole and aligns every token', () => {
    const text = '省委宣传部办公室主任出席😂会议，Apple TV到场。';
    const tokens = tokenizeWithTerms(text, scanFor('办公室', '主任'));
    expectAligned(text, tokens);
    expect(tokens.map((t) => t.word)).toContain('办公室');
    expect(tokens.map((t) => t.word)).toContain('主任');
    expect(tokens.find((t) => t.word === '办公室')?.tag).toBe('nt');
  });

  it('parts a preposition from the unknown name jieba glued it to (由青禾 → 由 + 青禾), unlike tokenize', () => {
    const text = '该剧由青禾影视出品。';
    expect(tokenize(text).map((t) => t.word)).toContain('由青禾');
    const tokens = tokenizeWithTerms(text, () => []);
    expect(tokens.map((t) => t.word)).toContain('由');
    expect(tokens.map((t) => t.word)).toContain('青禾');
    expectAligned(text, tokens);
  });

  it.each([
    ['a preposition jieba took for a surname (由云杉/nr → 由 + 云杉)', '由云杉影业出品。', { word: '由云杉', tag: 'nr' }, ['由', '云杉']],
    ['任 from the end of the unknown name jieba glued it to (赵一鸣任 → 赵一鸣 + 任)', '赵一鸣任集团总经理。', { word: '赵一鸣任', tag: 'x' }, ['赵一鸣', '任']],
  ])('parts %s', (_label, text, glued, parted) => {
    expect(tokenize(text)[0]).toMatchObject(glued);
    const tokens = tokenizeWithTerms(text, () => []);
    expect(tokens.slice(0, 2).map((t) => t.word)).toEqual(parted);
    expectAligned(text, tokens);
  });

  it('tokenizes a text without protected terms (and no glued preposition) like tokenize', () => {
    const text = '芒果TV上线新剧。';
    expect(tokenizeWithTerms(text, () => [])).toEqual(tokenize(text));
  });
});
