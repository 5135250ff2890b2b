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

describe('a clause that sets the text before a change names the bodies of that time', () => {
  const rows: [label: string, text: string, date: string, expected: string[]][] = [
    ['改革之前, opening a list: 广电总局 and 总局 are the body before the reform, a station is not folded into its successor',
      '改革之前,广电总局的领导班子包括:\n总局副局长李明远,\n总局党组成员、中国国际广播电台台长王海波。', '2018-03-21', ['国家新闻出版广电总局', '中国国际广播电台']],
    ['在机构改革前, too', '在机构改革前,中央人民广播电台播出了专题节目。', '2018-03-21', ['中央人民广播电台']],
    ['the period ends with its sentence', '改革之前,广电总局负责管理。如今广电总局继续管理。', '2018-03-21', ['国家新闻出版广电总局', '国家广播电视总局']],
    ['a comparison with the time before is no such clause (较之于改革前,新的广电总局)', '可以看出,较之于改革前,新的广电总局不再管理出版。', '2018-03-21', ['国家广播电视总局']],
  ];
  it.each(rows)('%s', (_label, text, date, expected) => expect(organizations(text, date)).toEqual(expected));
});

describe('a resolved body carries its period', () => {
  it('国家新闻出版广电总局 of a 2016 text: 2013-03 to 2018-03, split', () => {
    const [body] = extract('国家新闻出版广电总局近日印发通知。', { date: '2016-05-03' }).entities;
    expect(body?.attributes).toMatchObject({ from: '2013-03', to: '2018-03', successors: ['国家广播电视总局', '国家新闻出版署', '国家电影局'], change: 'split' });
  });
});
