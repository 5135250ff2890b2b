import { describe, expect, it } from 'vitest';
import { namesBesideTitles } from '../../../../src/2-mentions/recognizers/person/titles.js';
import { found } from './support.js';

type Row = [label: string, sentence: string, expected: string[]];

describe('namesBesideTitles', () => {
  const rows: Row[] = [
    ['a name after a title is an official of its kind', '国家广播电视总局局长陈立群出席会议。', ['official:陈立群/government']],
    ['a name after a Latin title', '星澜集团CEO周明远表示，公司将加大投入。', ['official:周明远/business']],
    ['a foreign name with its middle dot after a title', '总统伊萨·迪亚拉会见代表团。', ['official:伊萨·迪亚拉/government']],
    ['a foreign name before a title written after names (总统)', '穆萨·卡巴总统会见代表团。', ['official:穆萨·卡巴/government']],
    ['a Chinese name before 主席', '王建国主席出席会议。', ['official:王建国/government']],
    ['a name of the surname 阎 after a title', '星澜广播电视台台长阎立新出席会议。', ['official:阎立新/media']],
    ['a rank between a title and a foreign name with a middle dot, after a media title', '星澜广播电视台台长拿督阿兹曼·哈希姆出席会议。', ['official:阿兹曼·哈希姆/media']],
    ['a Japanese name after a title', '日本总务省总务审议官佐藤健一出席会议。', ['official:佐藤健一/government']],
    ['a transliteration jieba cut after a surname-like start goes on to its tail', '俄罗斯联邦大众传媒署署长谢尔巴科夫斯基出席会议。', ['official:谢尔巴科夫斯基/government']],
    ['the place of a posting abroad is no name before 大使', '他曾任中国驻哈萨克大使。', []],
    ['a third character jieba calls a verb, before a comma (张旭|立|，)', '星澜集团董事长张旭立，总经理王海涛出席会议。', ['official:张旭立/business', 'official:王海涛/business']],
    ['a third character jieba calls a time, before 、 (张宁|清|、)', '星澜集团总经理张宁清、副总经理王海涛出席会议。', ['official:张宁清/business', 'official:王海涛/business']],
    ['…and before the full stop (刘恒|亮|。)', '出席会议的有星澜集团台长刘恒亮。', ['official:刘恒亮/media']],
    ['a third character jieba reads as a name too, before a semicolon (张大/nr 磊/nr;)', '星澜体育CEO张大磊;青川影业总裁何明远。', ['official:张大磊/business', 'official:何明远/business']],
    ['a two-character name before a comma stays two (张旭|，)', '星澜集团董事长张旭，总经理王海涛出席会议。', ['official:张旭/business', 'official:王海涛/business']],
    ['no name before a title that is not written after names (局长)', '张伟平局长出席会议。', []],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    expect(found(namesBesideTitles, sentence)).toEqual(expected);
  });
});
