import { describe, expect, it } from 'vitest';
import { quotedLists } from '../../../../src/2-mentions/recognizers/named-phrases/quoted-lists.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('quotedLists', () => {
  const rows: Row[] = [
    ['programmes in quotes before 等多项 and a shared head word', '青川市推出“光影青川”“镜头里的乡愁”等多项创作计划。', ['event/campaign:“光影青川”创作计划', 'event/campaign:“镜头里的乡愁”创作计划']],
    ['programmes joined by 、 before a count', '协会启动“星澜新声”、“星澜远航”两项主题活动。', ['event/campaign:“星澜新声”主题活动', 'event/campaign:“星澜远航”主题活动']],
    ['the parts of a plan, before a bare weak cue (五大行动)', '星澜影业推出“剧场启程”“创投远航”等五大行动。', []],
    ['quotes before a noun that is no event cue', '他说“你好”“再见”等词语。', []],
    ['one quoted name alone (its own cue rules read it)', '青川市推出“光影青川”创作计划。', []],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(quotedLists(relationContext(text), 'test'))).toEqual(names);
  });
});
