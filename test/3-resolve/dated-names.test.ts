import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';

/** The organizations a text resolves to, by name, at a date (given, or read from the text's header). */
function organizations(text: string, date?: string): string[] {
  return extract(text, date === undefined ? {} : { date }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
}

describe('resolution by the document\'s date', () => {
  const rows: [label: string, text: string, date: string | undefined, expected: string[]][] = [
    ['a 2016 text\'s 广电总局 and 总局 are 国家新闻出版广电总局', '广电总局近日印发通知。总局要求各地加强管理。', '2016-05-03', ['国家新闻出版广电总局']],
    ['a 2010 text\'s 广电总局 is 国家广播电影电视总局', '广电总局近日印发通知。总局要求各地加强管理。', '2010-07-01', ['国家广播电影电视总局']],
    ['the date the header gives counts as the document\'s', '2016年5月3日\n广电总局近日印发通知。', undefined, ['国家新闻出版广电总局']],
    ['a 2012 text\'s 中央电视台 is the station of that time', '中央电视台播出纪录片《远山》。', '2012-10-01', ['中央电视台']],
    ['a 2015 text\'s 中央人民广播电台 is the station of that time', '中央人民广播电台播出专题节目。', '2015-10-01', ['中央人民广播电台']],
    ['a 2019 text names the association by the name of 2019', '中国网络视听节目服务协会副会长张明远出席会议。', '2019-06-01', ['中国网络视听节目服务协会']],
  ];
  it.each(rows)('%s', (_label, text, date, expected) => expect(organizations(text, date)).toEqual(expected));
});

describe('a resolved body carries its period', () => {
  it('国家新闻出版广电总局 of a 2016 text: 2013-03 to 2018-03, split', () => {
    const [body] = extract('国家新闻出版广电总局近日印发通知。', { date: '2016-05-03' }).entities;
    expect(body?.attributes).toMatchObject({ from: '2013-03', to: '2018-03', successors: ['国家广播电视总局', '国家新闻出版署', '国家电影局'], change: 'split' });
  });
});
