import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';
import { isMostlyTraditional, toSimplified, traditionalShare } from '../../src/io/index.js';

describe('toSimplified', () => {
  const rows: [string, string, string][] = [
    ['Taiwan news', '國家廣播電視總局局長簽署協議', '国家广播电视总局局长签署协议'],
    ['Taiwan vocabulary keeps its words (no 軟體 → 软件)', '軟體、網路、影片', '软体、网路、影片'],
    ['phrase rule: 瞭解 → 了解', '雙方瞭解彼此', '双方了解彼此'],
    ['phrase rule: 乾隆 stays', '乾隆皇帝', '乾隆皇帝'],
    ['Hong Kong variant 衞', '衞生署', '卫生署'],
    ['Simplified text unchanged', '芒果超媒与中央广播电视总台签署战略合作协议', '芒果超媒与中央广播电视总台签署战略合作协议'],
    ['non-Han text unchanged', 'Mango TV 2024「」《》·、…😀', 'Mango TV 2024「」《》·、…😀'],
    ['a character that would leave the Basic plane is kept (㗲 → 𠵾)', '㗲國', '㗲国'],
    ['empty', '', ''],
  ];
  it.each(rows)('%s', (_label, input, output) => {
    expect(toSimplified(input)).toBe(output);
  });

  it('keeps every UTF-16 unit in place for any text', () => {
    const han = fc.integer({ min: 0x3400, max: 0x9fff }).map((c) => String.fromCodePoint(c));
    const astral = fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c));
    const piece = fc.oneof(han, astral, fc.constantFrom('國', '乾', '瞭解', '㗲', '\ud800', '\udc00', ' ', '，', 'A'), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const out = toSimplified(text);
      expect(out.length).toBe(text.length);
      // A character never changes width: a surrogate stays a surrogate, a Basic-plane unit stays one.
      for (let i = 0; i < text.length; i++) {
        const a = text.charCodeAt(i);
        const b = out.charCodeAt(i);
        expect((a >= 0xd800 && a <= 0xdfff) === (b >= 0xd800 && b <= 0xdfff)).toBe(true);
        if (!/\p{Script=Han}/u.test(text[i]!) && !(a >= 0xd800 && a <= 0xdfff)) expect(out[i]).toBe(text[i]);
      }
    }), { numRuns: 200 });
  });

  it('is idempotent on its own output', () => {
    const text = '中華電視公司與公共電視簽署合作備忘錄，雙方將於網路影音平臺推出微短劇。';
    const once = toSimplified(text);
    expect(toSimplified(once)).toBe(once);
  });
});

describe('isMostlyTraditional', () => {
  const rows: [string, string, boolean][] = [
    ['Taiwan news', '文化部長史哲今日與公共電視董事長胡元輝簽署合作備忘錄，推動臺灣影視產業發展。', true],
    ['Hong Kong news', '香港電台與無綫電視宣佈合作製作紀錄片。', true],
    ['Simplified news', '国家广播电视总局局长曹淑敏9月2日会见芒果TV负责人，双方签署《战略合作协议》。', false],
    ['Simplified news quoting one Taiwan name', '国家广播电视总局局长曹淑敏会见了来自臺灣的代表团，双方就网络视听产业合作进行了交流，签署了战略合作协议。', false],
    ['Simplified text with 著名 and 乾隆 (kept by phrase rules)', '著名导演拍摄的《乾隆王朝》在芒果TV播出', false],
    ['no Han characters', 'Mango TV and CCTV sign an agreement', false],
    ['empty', '', false],
    ['one Traditional character', '國', true],
  ];
  it.each(rows)('%s', (_label, text, traditional) => {
    expect(isMostlyTraditional(text)).toBe(traditional);
  });

  it('traditionalShare counts the changed Han characters', () => {
    expect(traditionalShare('國家')).toBe(0.5);
    expect(traditionalShare('國家', '国家')).toBe(0.5);
    expect(traditionalShare('abc')).toBe(0);
  });
});

describe('extracting from Traditional text through toSimplified (the proposed use in extract)', () => {
  it('finds the entities and maps every mention back to the original characters', () => {
    const original = '國家廣播電視總局局長曹淑敏9月2日會見芒果TV負責人，雙方簽署《戰略合作協議》。';
    expect(isMostlyTraditional(original)).toBe(true);
    const simplified = toSimplified(original);
    const result = extract(simplified);
    const mentions = result.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.name, text: original.slice(m.start, m.end) })));
    expect(mentions).toContainEqual({ entity: '国家广播电视总局', text: '國家廣播電視總局' });
    expect(mentions).toContainEqual({ entity: '曹淑敏', text: '曹淑敏' });
    expect(result.relations.map((r) => r.type)).toContain('holds_position');
  });
});
