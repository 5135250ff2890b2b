import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keywordStandIns, loadJiebaForCutting } from '../../src/8-corpus/lean-jieba.js';

interface Jieba {
  load(files?: object): boolean;
  cut(text: string, hmm?: boolean): string[];
}
const jieba = createRequire(import.meta.url)('nodejieba') as Jieba;

// Invented sentences: dictionary words, unknown names (cut by the HMM), Latin letters and digits.
const TEXTS = [
  '星河视听研究院副院长柯明远在第三届云岭网络视听大会上发言。',
  '据悉，青禾影业与北辰传媒签署战略合作协议，共同出品网络剧《雾港来信》。',
  'AI短剧播放量同比增长35%，平台方称将投入2.5亿元扶持原创内容。',
  '会议由澜江市广播电视局主办，奚若岚、段沐阳等嘉宾出席。',
];

describe('loadJiebaForCutting', () => {
  it('has stand-in files of the shape nodejieba asserts: one "word value>0" IDF line, one stop word', () => {
    const { idfDict, stopWordDict } = keywordStandIns();
    const idf = readFileSync(idfDict, 'utf8').split('\n').filter(Boolean);
    expect(idf.length).toBeGreaterThan(0);
    for (const line of idf) {
      const [word, value, ...rest] = line.split(' ');
      expect(word).toBeTruthy();
      expect(Number(value)).toBeGreaterThan(0);
      expect(rest).toEqual([]);
    }
    expect(readFileSync(stopWordDict, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(0);
  });

  it('cuts every text exactly as jieba loaded with its default files does, with and without the HMM', () => {
    loadJiebaForCutting();
    const lean = TEXTS.map((text) => [jieba.cut(text, true), jieba.cut(text, false)]);
    jieba.load();
    const standard = TEXTS.map((text) => [jieba.cut(text, true), jieba.cut(text, false)]);
    expect(lean).toEqual(standard);
  });
});
