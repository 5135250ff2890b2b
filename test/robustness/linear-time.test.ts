/**
 * `extract` must take time linear in the length of its input, whatever the input: a text ten times
 * longer may take at most RATIO times longer (10 for linear, 100 for quadratic; 30 leaves room for
 * noise). Each row repeats one hostile unit to N and to 10·N characters.
 *
 * What is measured is this process's CPU time, not wall-clock time: other processes on a busy machine
 * take cores, not the CPU time this one spends, so the ratio stays a property of the work. N is large
 * enough that the short text takes milliseconds (no sub-millisecond timer noise), and each side is
 * the best of several runs. Set SHITING_KG_TIMINGS=1 to print the measured times.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';

const RATIO = 30;
/** Characters of the short text; the long one has ten times as many. */
const N = 5000;
/** A short-text time below this is noise: ratios are taken against at least this many milliseconds. */
const FLOOR_MS = 2;

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** CPU time of this process so far (user + system), in milliseconds. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Best of `runs` CPU timings of `extract(text)`, in milliseconds. */
function bestTime(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    extract(text);
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

/** Times extraction of `n` and `10n` characters of `unit` repeated, after a warm-up on the short text. */
function scaling(unit: string, n: number): { short: number; long: number; ratio: number } {
  const shortText = repeatTo(unit, n);
  const longText = repeatTo(unit, 10 * n);
  bestTime(shortText, 2); // warm-up: JIT, jieba's and the dictionary's caches
  const short = bestTime(shortText, 3);
  const long = bestTime(longText, 2);
  return { short, long, ratio: long / Math.max(short, FLOOR_MS) };
}

const ROWS: [label: string, unit: string][] = [
  ['digits', '7'],
  ['ASCII spaces', ' '],
  ['blank lines', '\n'],
  ['CRLF blank lines', '\r\n'],
  ['open title marks 《', '《'],
  ['close title marks 》', '》'],
  ['enumeration commas 、', '、'],
  ['middle dots ·', '·'],
  ['opening quotes “', '“'],
  ['closing quotes ”', '”'],
  ['repeated titles 局长局长…', '局长'],
  ['titles and names 局长曹淑敏、', '局长曹淑敏、'],
  ['repeated 《庆余年》', '《庆余年》'],
  ['work lists 电视剧《庆余年》、', '电视剧《庆余年》、'],
  ['repeated 签署', '签署'],
  ['双方签署 sentences', '双方签署《合作协议》。'],
  ['brands of common words beside a company 鲸鱼影业与白鹭科技有限公司，', '鲸鱼影业与白鹭科技有限公司，'],
  ['news sentences', '国家广播电视总局局长曹淑敏9月2日会见芒果TV，双方签署《战略合作协议》。'],
  ['one run-on sentence without punctuation', '国家广播电视总局局长曹淑敏会见芒果TV双方签署战略合作协议'],
  ['credit lines \\n曹淑敏：', '\n曹淑敏：'],
  ['dates 2024年9月2日', '2024年9月2日'],
  ['关于 without 的通知', '关于'],
  ['Latin capitals A A A', 'A '],
  ['lone surrogates', '\ud800'],
  ['emoji', '😀'],
  ['full-width Latin', 'Ａ'],
  ['HTML markup', '<p>&nbsp;</p>'],
];

describe('extraction time is linear in the input length', () => {
  beforeAll(() => { extract('预热'); }); // loads jieba and the bundled dictionary once

  it.each(ROWS)('%s', (label, unit) => {
    let { short, long, ratio } = scaling(unit, N);
    // One more measurement before failing: a busy machine can slow one run; a super-linear path fails both.
    if (ratio >= RATIO) ({ short, long, ratio } = [{ short, long, ratio }, scaling(unit, N)].sort((a, b) => a.ratio - b.ratio)[0]!);
    if (process.env.SHITING_KG_TIMINGS) console.log(`${label}: ${short.toFixed(1)} ms → ${long.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
    expect(ratio, `t(${10 * N}) / t(${N}) = ${long.toFixed(1)} ms / ${short.toFixed(1)} ms`).toBeLessThan(RATIO);
  });
});

describe('degenerate and huge inputs', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['whitespace of every kind', ' \t\n\r\n\u3000\u00a0\f\v\n\n'],
    ['a thousand blank lines', '\n'.repeat(1000)],
  ])('%s gives an empty result', (_label, text) => {
    expect(extract(text)).toEqual({ entities: [], relations: [], meta: {} });
  });

  it.each([
    ['Chinese news with emoji and full-width forms', '国家广播电视总局局长曹淑敏9月2日会见芒果TV负责人，双方签署《战略合作协议》；电视剧《庆余年》在腾讯视频播出、😀 ＡＢＣ '],
    ['Chinese without any punctuation', '国家广播电视总局局长曹淑敏会见芒果TV双方签署战略合作协议'],
    ['ASCII', 'The BBC and CNN signed an agreement with Netflix; CCTV 2024 x-y_z 3.14% '],
  ])('a 1 MB single line of %s completes', { timeout: 120_000 }, (_label, unit) => {
    const text = repeatTo(unit, 1 << 20);
    const result = extract(text);
    expect(result.entities.length).toBeGreaterThan(0);
    const misplaced = result.entities.flatMap((e) => e.mentions).filter((m) => text.slice(m.start, m.end) !== m.text);
    expect(misplaced).toEqual([]);
  });
});
