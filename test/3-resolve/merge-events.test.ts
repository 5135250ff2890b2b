import { describe, expect, it } from 'vitest';
import { mergeCeremoniesIntoEvents, mergeEventCores, nameCeremoniesByEvent } from '../../src/3-resolve/merge-events.js';
import { dict, lines, tableOf } from './support.js';

type Row = [label: string, text: string, events: string[], expected: string[]];

const events = (text: string, names: string[]) => tableOf(text, names.map((n) => ['event', n] as ['event', string]));

describe('mergeCeremoniesIntoEvents', () => {
  const rows: Row[] = [
    ['an opening ceremony joins its event', '青川微短剧周开幕式举行。青川微短剧周为期七天。', ['青川微短剧周开幕式', '青川微短剧周'],
      ['event:青川微短剧周 (青川微短剧周开幕式) ×2']],
    ['an award ceremony too', '青川剧集盛典颁奖典礼举行。青川剧集盛典落幕。', ['青川剧集盛典颁奖典礼', '青川剧集盛典'],
      ['event:青川剧集盛典 (青川剧集盛典颁奖典礼) ×2']],
    ['a ceremony of an event the document does not name stays', '青川微短剧周开幕式举行。', ['青川微短剧周开幕式'],
      ['event:青川微短剧周开幕式 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = events(text, names);
    mergeCeremoniesIntoEvents(t);
    expect(lines(t.all())).toEqual(expected);
  });
});

describe('nameCeremoniesByEvent', () => {
  const rows: Row[] = [
    ['an opening ceremony alone stands for its event', '青川微短剧周开幕式举行。', ['青川微短剧周开幕式'],
      ['event:青川微短剧周 (青川微短剧周开幕式) ×1']],
    ['a closing ceremony too', '青川微短剧周闭幕式举行。', ['青川微短剧周闭幕式'],
      ['event:青川微短剧周 (青川微短剧周闭幕式) ×1']],
    ['a launch ceremony does not', '青川微短剧计划启动仪式举行。', ['青川微短剧计划启动仪式'],
      ['event:青川微短剧计划启动仪式 ×1']],
    ['an event name of three characters is too short', '剧集节开幕式举行。', ['剧集节开幕式'],
      ['event:剧集节开幕式 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = events(text, names);
    nameCeremoniesByEvent(t);
    expect(lines(t.all())).toEqual(expected);
  });
});

describe('mergeEventCores', () => {
  const rows: Row[] = [
    ['an event named without its year joins the one with it', '2024年青川微短剧大赛启动。青川微短剧大赛征集作品。', ['2024年青川微短剧大赛', '青川微短剧大赛'],
      ['event:2024年青川微短剧大赛 (青川微短剧大赛) ×2']],
    ['without its edition', '第十二届青川论坛开幕。青川论坛为期两天。', ['第十二届青川论坛', '青川论坛'],
      ['event:第十二届青川论坛 (青川论坛) ×2']],
    ['without its quotes', '“青川杯”剧本大赛启动。青川杯剧本大赛征集作品。', ['“青川杯”剧本大赛', '青川杯剧本大赛'],
      ['event:“青川杯”剧本大赛 (青川杯剧本大赛) ×2']],
    ['a core under four characters stays', '第三届剧集节开幕。剧集节为期两天。', ['第三届剧集节', '剧集节'],
      ['event:第三届剧集节 ×1', 'event:剧集节 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = events(text, names);
    mergeEventCores(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});
