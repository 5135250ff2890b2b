import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/2-mentions/recognizer.js';
import { keepBrandsTreatedAsBodies } from '../../../../src/2-mentions/recognizers/organization-suffix/common-word-brands.js';
import { contextOf } from './support.js';

/** Whether the brand `name` of `text`, a candidate of common words, is kept as a body (beside `others` found by the recognizer). */
function kept(text: string, name: string, others: string[] = []): boolean {
  const sc = contextOf(text);
  const at = (n: string): Candidate => ({ kind: 'organization', start: text.indexOf(n), end: text.indexOf(n) + n.length, name: n, subtype: 'company', priority: 5, by: 'test' });
  const out = others.map(at);
  keepBrandsTreatedAsBodies(sc, [at(name)], out);
  return out.some((c) => c.name === name);
}

describe('keepBrandsTreatedAsBodies', () => {
  const rows: [label: string, text: string, name: string, others: string[], expected: boolean][] = [
    ['beside a known organization', '鲸鱼影业与中国网络视听协会签署合作协议。', '鲸鱼影业', [], true],
    ['after one found by the recognizer', '由青川广播电视台、鲸鱼影业联合出品。', '鲸鱼影业', ['青川广播电视台'], true],
    ['before one of its organs', '鲸鱼影业董事会同意该议案。', '鲸鱼影业', [], true],
    ['announcing', '鲸鱼影业宣布完成新一轮融资。', '鲸鱼影业', [], true],
    ['cited as a source with 据', '据晨曦研究院统计，用户规模持续增长。', '晨曦研究院', [], true],
    ['a source verb without 据', '晨曦研究院统计的数据显示，', '晨曦研究院', [], false],
    ['alone in the sentence', '晨曦影业的作品很受欢迎。', '晨曦影业', [], false],
  ];
  it.each(rows)('%s', (_label, text, name, others, expected) => expect(kept(text, name, others)).toBe(expected));
});
