import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/5-extract/extractor.js';
import type { Recognizer, RecognizerContext } from '../../../src/2-mentions/recognizer.js';
import { defaultRecognizers } from '../../../src/2-mentions/recognizers/index.js';
import { sourceCredits } from '../../../src/2-mentions/recognizers/source-credits.js';

let captured: RecognizerContext | undefined;
const capture: Recognizer = { name: 'capture', recognize: (ctx) => { captured = ctx; return []; } };
const before = defaultRecognizers.filter((r) => r.name !== 'source-credits');
const extractor = createExtractor({ recognizers: [...before, capture] });

describe('sourceCredits', () => {
  const rows: [label: string, text: string, expected: string[]][] = [
    ['an outlet after 来源, closed by the next field', '来源：晨星周刊 时间：2024-01-01\n正文。', ['晨星周刊']],
    ['an outlet on the line after 来源, closed by 发布于', '来源：\n云帆日报发布于：山东省\n正文。', ['云帆日报']],
    ['each outlet of a slashed photo credit', '▲会场一角。(图/星河影像/CFQ)', ['星河影像', 'CFQ']],
    ['a periodical before its issue at the start of a line', '星河周刊 2021年7期\n正文。', ['星河周刊']],
    ['an outlet opening a dateline', '云帆科技讯 3月2日消息，某公司宣布融资。', ['云帆科技']],
    ['not a generic outlet (本报)', '本报讯 3月2日，会议召开。', []],
    ['a body\'s own website credits the body', '来源：广电总局网站\n正文。', ['国家广播电视总局']],
    ['no credit in plain prose', '他说消息很快传开，图片也在网上流传。', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    extractor.extract(text);
    expect(sourceCredits.recognize(captured!).map((c) => c.name)).toEqual(expected);
  });
});
