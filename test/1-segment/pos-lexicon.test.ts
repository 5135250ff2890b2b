import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posTag, specialRule } from '../../src/1-segment/pos-lexicon.js';
import { addWords, tokenize } from '../../src/1-segment/tokenizer.js';

// tokenize() cuts with jieba and looks the tags up itself; jieba's tag() is the reference it must equal.
const jieba = createRequire(import.meta.url)('nodejieba') as { tag(text: string): { word: string; tag: string }[] };

/** [word, tag] pairs as tokenize gives them and as jieba's tag() gives them. */
const tokenized = (text: string) => tokenize(text).map((t) => [t.word, t.tag]);
const tagged = (text: string) => jieba.tag(text).map((t) => [t.word, t.tag]);

const examplesDir = join(import.meta.dirname, '../../examples/corpus');

describe('tokenize tags words exactly as jieba tag() does', () => {
  const rows: [label: string, text: string][] = [
    ...readdirSync(examplesDir).map((f): [string, string] => [`examples/corpus/${f}`, readFileSync(join(examplesDir, f), 'utf8')]),
    ['mixed Chinese and Latin', '芒果TV与Apple TV+在AI for Good全球峰会上发布了4K超高清内容，B站、A股、T恤、X光。'],
    ['digits, decimals and percentages', '2024年9月9日，用户规模达10.74亿，同比增长3.2%，第1季第a集，iPhone16售价7999元，5G基站'],
    ['ASCII next to Chinese', 'a 1 a1 1a ab 12 1ab a12 12a abc 123 x1y abc1 1abc'],
    ['full-width letters, digits and symbols', 'ＡＢＣ１２３，①②Ⅱ、％＆＠（注）【完】'],
    ['emoji and characters outside the BMP', '这部剧太好看了😂👍🏻！𠮷野家𠮷a a𠮷 𠮷1 弹幕刷屏🔥🔥'],
    ['whitespace and control characters', '第一段\n\n第二段\t第三段\r\n完 \u3000 end'],
    ["words of jieba's user dictionary (云计算 is there without a tag)", '云计算和区块链，蓝翔的韩玉鉴赏'],
  ];

  it.each(rows)('%s', (_label, text) => {
    expect(tokenized(text)).toEqual(tagged(text));
  });

  it('follows words added later, with the tag of the last addition', () => {
    addWords([
      { word: '星澜视界', tag: 'nt' }, // a new word
      { word: '视听', tag: 'nz' }, // a word of jieba's dictionary (v) with another tag
      { word: '云帆影业', tag: 'nt' },
      { word: '12ab', tag: '' }, // no tag: the special rule
      { word: 'Bilibili', tag: 'nt' },
    ]);
    addWords([{ word: '云帆影业', tag: 'nz' }]);
    const text = '星澜视界与云帆影业签约，网络视听平台12ab和Bilibili上线。';
    expect(tokenized(text)).toEqual(tagged(text));
    expect(tokenized(text)).toContainEqual(['视听', 'nz']);
    expect(tokenized(text)).toContainEqual(['云帆影业', 'nz']);
  });
});

describe('posTag', () => {
  it('gives a word the tag of the dictionary', () => {
    expect(posTag('北京')).toBe('ns');
    expect(posTag('召开')).toMatch(/^v/);
  });

  it('gives an unknown word the special rule', () => {
    expect(posTag('长奥卢')).toBe('x');
  });
});

describe('specialRule (cppjieba PosTagger::SpecialRule)', () => {
  // It counts ASCII runes only while fewer than half of all runes (rounded down) are counted.
  const rows: [word: string, tag: string][] = [
    ['中文', 'x'],
    ['a', 'x'], // one rune: half is 0, nothing is counted
    ['5', 'x'],
    ['ab', 'eng'],
    ['12', 'm'],
    ['a1', 'eng'],
    ['1a', 'm'], // only the 1 is counted
    ['12ab', 'm'],
    ['1a2b', 'eng'],
    ['𠮷a', 'eng'], // a surrogate pair is one rune
    ['1中a', 'm'], // half of 3 runes is 1: the a is never looked at
  ];

  it.each(rows)('%s → %s', (word, tag) => {
    expect(specialRule(word)).toBe(tag);
  });
});
