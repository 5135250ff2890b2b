/**
 * Property tests of `extract` on hostile and random input: it never throws, gives the same result twice,
 * and every offset it returns is a valid span of the ORIGINAL text.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';
import { ENTITY_TYPES, RELATION_TYPES, type ExtractionResult } from '../../src/types.js';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Does offset `at` fall between the two halves of a surrogate pair? */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** Why `result` breaks a contract on `text`, or undefined when it keeps them all. */
function violation(text: string, result: ExtractionResult): string | undefined {
  const ids = new Set<string>();
  for (const e of result.entities) {
    if (ids.has(e.id)) return `duplicate entity id ${e.id}`;
    ids.add(e.id);
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) return `entity ${e.id}: unknown type ${e.type}`;
    if (e.id !== `${e.type}:${e.name}`) return `entity ${e.id}: id is not type:name (${e.type}:${e.name})`;
    if (e.aliases.includes(e.name)) return `entity ${e.id}: aliases include the name`;
    if (e.mentions.length === 0) return `entity ${e.id}: no mentions`;
    for (const m of e.mentions) {
      if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start <= m.end && m.end <= text.length)) {
        return `entity ${e.id}: mention [${m.start}, ${m.end}) outside the text (length ${text.length})`;
      }
      if (text.slice(m.start, m.end) !== m.text) return `entity ${e.id}: mention [${m.start}, ${m.end}) is ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(m.text)}`;
      if (m.start === m.end) return `entity ${e.id}: empty mention at ${m.start}`;
      if (splitsPair(text, m.start) || splitsPair(text, m.end)) return `entity ${e.id}: mention [${m.start}, ${m.end}) splits a surrogate pair`;
    }
  }
  const relationIds = new Set<string>();
  for (const r of result.relations) {
    if (relationIds.has(r.id)) return `duplicate relation id ${r.id}`;
    relationIds.add(r.id);
    if (!(RELATION_TYPES as readonly string[]).includes(r.type)) return `relation ${r.id}: unknown type ${r.type}`;
    if (!ids.has(r.source)) return `relation ${r.id}: source ${r.source} is not an entity of the result`;
    if (!ids.has(r.target)) return `relation ${r.id}: target ${r.target} is not an entity of the result`;
    const { start, end } = r.evidence;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      return `relation ${r.id}: evidence [${start}, ${end}) outside the text (length ${text.length})`;
    }
    // The evidence quotes the original text exactly, as a mention does.
    if (r.evidence.sentence !== text.slice(start, end)) {
      return `relation ${r.id}: evidence sentence ${JSON.stringify(r.evidence.sentence)} is not the text at [${start}, ${end}): ${JSON.stringify(text.slice(start, end))}`;
    }
    if (r.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(r.date)) return `relation ${r.id}: date ${r.date} is not ISO`;
  }
  return undefined;
}

describe('the property checker itself', () => {
  const entity = (start: number, end: number, text: string) => ({ id: 'person:张三', type: 'person' as const, name: '张三', aliases: [], mentions: [{ start, end, text }] });
  const relation = (target: string, start = 0, end = 2) => ({ id: 'r1', type: 'met_with' as const, source: 'person:张三', target, evidence: { sentence: '张三', start, end } });
  it.each([
    ['a misplaced mention', '李四张三', { entities: [entity(0, 2, '张三')], relations: [], meta: {} }, 'is "李四", not "张三"'],
    ['a mention past the end', '张三', { entities: [entity(1, 3, '三')], relations: [], meta: {} }, 'outside the text'],
    ['a mention splitting a surrogate pair', '张三😀', { entities: [entity(0, 3, '张三\ud83d')], relations: [], meta: {} }, 'splits a surrogate pair'],
    ['a dangling relation target', '张三', { entities: [entity(0, 2, '张三')], relations: [relation('person:李四')], meta: {} }, 'is not an entity of the result'],
    ['evidence quoting the normalised copy', '张 三', { entities: [entity(0, 3, '张 三')], relations: [{ ...relation('person:张三', 0, 3), evidence: { sentence: '张三', start: 0, end: 3 } }], meta: {} }, 'is not the text at [0, 3)'],
    ['evidence pointing elsewhere', '张三。李四', { entities: [entity(0, 2, '张三')], relations: [relation('person:张三', 3, 5)], meta: {} }, 'is not the text at [3, 5)'],
  ] as const)('catches %s', (_label, text, result, message) => {
    expect(violation(text, result as unknown as ExtractionResult)).toContain(message);
  });
});

/** Runs `extract` twice and checks every property; throws a message naming the text when one fails. */
function check(text: string): void {
  let first: ExtractionResult;
  try {
    first = extract(text);
  } catch (error) {
    throw new Error(`extract threw on ${JSON.stringify(text)}: ${(error as Error).stack}`);
  }
  const problem = violation(text, first);
  if (problem) throw new Error(`${problem}\ntext: ${JSON.stringify(text)}`);
  expect(extract(text), `not deterministic on ${JSON.stringify(text)}`).toEqual(first);
}

/** The pieces of a Chinese news story, so that the real recognizer and relation paths run. */
const DOMAIN = [
  '国家广播电视总局', '广电总局', '中央广播电视总台', '总台', '芒果超媒', '芒果TV', '芒果 TV', '湖南广播电视台', '腾讯视频', '爱奇艺', '优酷',
  '中国网络视听节目服务协会', '网络视听', '文化和旅游部', '国务院', '新华社', 'CCTV', 'BBC', '美国', '北京市', '上海',
  '局长', '副局长', '党组书记', '主任', '董事长', '总经理', '原', '前', '时任', '兼',
  '曹淑敏', '慎海雄', '张三', '李四', '王', '欧阳', '司马', '·', '约翰·史密斯',
  '签署', '签约', '协议', '战略合作协议', '合作备忘录', '框架协议', '会见', '会谈', '出席', '主办', '承办', '出品', '制作', '播出', '上线', '发布', '印发', '联合',
  '电视剧', '微短剧', '纪录片', '综艺', '电影', '《', '》', '《庆余年》', '《繁花》', '〈', '〉', '“', '”', '‘', '’', '「', '」', '（', '）', '(', ')',
  '通知', '管理办法', '规划', '大会', '论坛', '大赛', '活动', '第十届', '2024中国网络视听大会',
  '9月2日', '2024年9月2日', '5 月 30 日', '2024-09-02', '2024/4/1', '6月', '13日', '0', '9', '１２', '年', '月', '日',
  '、', '，', '。', '；', '：', '！', '？', '…', '——', '-', '|', '｜', '来源：', 'source:',
  '\n', '\n\n', '\r\n', ' ', '  ', '\u3000', '\u00a0', '\t', '和', '与', '及', '等', '的', '了', '在', '为', '将', '对',
];
const domainWord = fc.constantFrom(...DOMAIN);
const hanChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const fullWidth = fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c));
const emoji = fc.constantFrom('😀', '👨‍👩‍👧', '🇨🇳', '❤️', '🎬', '\u{1F3FB}', '\u{20BB7}', '𠮷');
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const html = fc.constantFrom('<p>', '</p>', '<br/>', '<br>', '&nbsp;', '&amp;', '&lt;', '&#8220;', '<a href="https://x.cn/?a=1&b=2">', '</a>',
  '<script>alert(1)</script>', '<!-- 注释 -->', '<div class="t">', '</div>', '<![CDATA[', ']]>', '\u200b', '\ufeff', '\u2028', '\u202e');

/** Strings of `pieces`, at most `max` of them (any count up to `max`, not only fast-check's small sizes). */
const joined = (piece: fc.Arbitrary<string>, max = 40) => fc.array(piece, { maxLength: max, size: 'max' }).map((a) => a.join(''));

const RUNS = { numRuns: 150 };

describe('extract never throws, is deterministic and keeps offsets exact', () => {
  beforeAll(() => { extract('预热'); }); // loads jieba and the bundled dictionary once

  const cases: [string, fc.Arbitrary<string>][] = [
    ['any UTF-16 string (lone surrogates included)', fc.string({ unit: 'binary', maxLength: 80, size: 'max' })],
    ['any grapheme string (emoji sequences, combining marks)', fc.string({ unit: 'grapheme', maxLength: 60, size: 'max' })],
    ['ASCII with control characters', fc.string({ unit: fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), controlChar), maxLength: 80, size: 'max' })],
    ['domain words', joined(domainWord, 50)],
    ['domain words with random Han characters', joined(fc.oneof({ weight: 4, arbitrary: domainWord }, { weight: 1, arbitrary: hanChar }), 50)],
    ['domain words with control characters, emoji and lone surrogates', joined(fc.oneof({ weight: 6, arbitrary: domainWord }, controlChar, emoji, surrogate), 50)],
    ['domain words in full-width forms and HTML markup', joined(fc.oneof({ weight: 5, arbitrary: domainWord }, fullWidth, html), 50)],
    ['domain words with any Unicode', joined(fc.oneof({ weight: 5, arbitrary: domainWord }, fc.string({ unit: 'binary', maxLength: 3 })), 50)],
  ];
  it.each(cases)('%s', (_label, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => { check(text); }), RUNS);
  });

  it('a story built from sentence templates', () => {
    const org = fc.constantFrom('国家广播电视总局', '中央广播电视总台', '芒果超媒', '腾讯视频', '爱奇艺', '湖南广播电视台', '中国网络视听节目服务协会');
    const person = fc.constantFrom('曹淑敏', '慎海雄', '张三', '李明', '欧阳娜娜');
    const title = fc.constantFrom('局长', '副局长', '台长', '董事长', '会长', '党组书记、局长');
    const work = fc.constantFrom('《庆余年》', '《繁花》', '《我的阿勒泰》', '《》', '《《》》', '《庆余年', '庆余年》');
    const date = fc.constantFrom('9月2日', '2024年9月2日', '5 月 30 日', '', '32月45日');
    const sentence = fc.oneof(
      fc.tuple(org, title, person, date, org).map(([a, t, p, d, b]) => `${a}${t}${p}${d}会见${b}负责人。`),
      fc.tuple(org, org, date).map(([a, b, d]) => `${d}，${a}与${b}签署战略合作协议。`),
      fc.tuple(org, work).map(([a, w]) => `电视剧${w}由${a}出品，在${a}播出。`),
      fc.tuple(org, person).map(([a, p]) => `${a}原局长${p}、前台长${p}出席。`),
      fc.constantFrom('\n', '\n\n', '\r\n', '　　', ' '),
    );
    const header = fc.constantFrom('', '网络视听新闻｜2024-09-02\n', '标题\n来源：广电总局\n', '2024年9月9日\n');
    fc.assert(fc.property(header, fc.array(sentence, { maxLength: 12, size: 'max' }), (h, s) => { check(h + s.join('')); }), RUNS);
  });

  it('the generators reach the real recognizers and relation rules', () => {
    const results = fc.sample(joined(domainWord, 50), { numRuns: 200, seed: 42 }).map((text) => extract(text));
    const entityTypes = new Set(results.flatMap((r) => r.entities.map((e) => e.type)));
    const relationTypes = new Set(results.flatMap((r) => r.relations.map((x) => x.type)));
    expect(entityTypes.size, [...entityTypes].join()).toBeGreaterThanOrEqual(5);
    expect(relationTypes.size, [...relationTypes].join()).toBeGreaterThanOrEqual(5);
  });

  const hostile: [string, string][] = [
    ['empty', ''],
    ['one NUL', '\u0000'],
    ['a lone high surrogate at the end of a name', '国家广播电视总局\ud800'],
    ['a lone low surrogate before a name', '\udc00国家广播电视总局局长曹淑敏'],
    ['a surrogate pair split by a line break', '广电总局\ud842\n\udfb7局长'],
    ['only line breaks', '\n\n\r\n\r\r\n'],
    ['only a BOM', '\ufeff'],
    ['unbalanced quotes and brackets', '《《《“““（（（国家广播电视总局》》》”””）））'],
    ['nested titles', '《《庆余年》》《》《 》《\n》'],
    ['a title broken over a page break', '电视剧《庆余\n\n余年》由腾讯视频出品'],
    ['a name repeated across a page break', '国家广播电视总局局长曹淑敏会见了中央广播电视总台台长\n\n长慎海雄'],
    ['HTML-escaped story', '<p>国家广播电视总局&nbsp;局长曹淑敏</p><p>签署&lt;协议&gt;</p>'],
    ['right-to-left override and zero-width joiners', '\u202e国家\u200d广播\u200c电视总局\u2066局长\u2069曹淑敏'],
    ['full-width story', '２０２４年９月２日，ＣＣＴＶ与ＢＢＣ签署协议。'],
    ['combining marks on Han characters', '国\u0301家\u0308广播电视总局局长曹\u0300淑敏'],
  ];
  it.each(hostile)('hostile: %s', (_label, text) => { check(text); });
});
