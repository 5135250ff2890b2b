import { describe, expect, it } from 'vitest';
import { mergeCompanyPrefixes, mergePlaceHeads } from '../../src/3-resolve/merge-short-names.js';
import { dict, lines, orgTableOf } from './support.js';

describe('mergePlaceHeads', () => {
  const rows: [label: string, text: string, names: string[], expected: string[]][] = [
    ['a city and the head character stand for the body of that city named in full', '北京市青川发展局召开会议。北京局坚持管服并重。', ['北京市青川发展局', '北京局'],
      ['organization:北京市青川发展局 (北京局) ×2']],
    ['a province too, with a station', '湖南青川广播电视台与湖南台', ['湖南青川广播电视台', '湖南台'],
      ['organization:湖南青川广播电视台 (湖南台) ×2']],
    ['two bodies of that place and head: neither', '北京市青川发展局、北京市白沙管理局和北京局', ['北京市青川发展局', '北京市白沙管理局', '北京局'],
      ['organization:北京市青川发展局 ×1', 'organization:北京市白沙管理局 ×1', 'organization:北京局 ×1']],
    ['another head stays apart', '北京市青川发展局与北京台', ['北京市青川发展局', '北京台'],
      ['organization:北京市青川发展局 ×1', 'organization:北京台 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = orgTableOf(text, names);
    mergePlaceHeads(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});

describe('mergeCompanyPrefixes', () => {
  const rows: [label: string, text: string, names: string[], expected: string[]][] = [
    ['the first characters of a company\'s name and 公司', '青川时代公司与多国签约。青川公司表示。', ['青川时代公司', '青川公司'],
      ['organization:青川时代公司 (青川公司) ×2']],
    ['a place and 公司 is no company\'s beginning', '北京青川科技公司与北京公司', ['北京青川科技公司', '北京公司'],
      ['organization:北京青川科技公司 ×1', 'organization:北京公司 ×1']],
    ['a registered name is no short one, and a list holding it whole is no spelling of it', '青川科技有限公司和白沙科技有限公司签约。青川科技有限公司表示。', ['青川科技有限公司和白沙科技有限公司', '青川科技有限公司'],
      ['organization:青川科技有限公司和白沙科技有限公司 ×1', 'organization:青川科技有限公司 ×1']],
    ['two companies of that beginning: neither', '青川时代公司、青川影业公司和青川公司', ['青川时代公司', '青川影业公司', '青川公司'],
      ['organization:青川时代公司 ×1', 'organization:青川影业公司 ×1', 'organization:青川公司 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = orgTableOf(text, names);
    mergeCompanyPrefixes(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});
