import { describe, expect, it } from 'vitest';
import { mergeCompanyCores, mergeCountryAbbreviations, mergeStateNames, mergeUnitsIntoLongerNames } from '../../src/3-resolve/merge-organizations.js';
import { dict, lines, orgTableOf, tableOf, type Spans } from './support.js';

type Row = [label: string, text: string, spans: Spans, expected: string[]];

describe('mergeUnitsIntoLongerNames', () => {
  const rows: Row[] = [
    ['an unknown unit joins the longer name it ends', '青川传媒集团对外合作部成立。对外合作部负责人表示。', [['organization', '青川传媒集团对外合作部'], ['organization', '对外合作部']],
      ['organization:青川传媒集团对外合作部 (对外合作部) ×2']],
    ['a unit of two characters stays', '青川传媒集团总部迁址。总部位于青川。', [['organization', '青川传媒集团总部'], ['organization', '总部']],
      ['organization:青川传媒集团总部 ×1', 'organization:总部 ×1']],
    ['a body of the dictionary stays itself', '青川国家广播电视总局读书会。国家广播电视总局发布。', [['organization', '青川国家广播电视总局'], ['organization', '国家广播电视总局']],
      ['organization:青川国家广播电视总局 ×1', 'organization:国家广播电视总局 ×1']],
  ];
  it.each(rows)('%s', (_label, text, spans, expected) => {
    const t = tableOf(text, spans);
    mergeUnitsIntoLongerNames(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});

describe('mergeStateNames', () => {
  const rows: [label: string, text: string, names: string[], expected: string[]][] = [
    ['a body named without its state\'s formal name joins the one named with it', '青湖共和国通讯部与青湖通讯部', ['青湖共和国通讯部', '青湖通讯部'],
      ['organization:青湖共和国通讯部 (青湖通讯部) ×2']],
    ['the short name first', '青湖通讯部即青湖人民民主共和国通讯部', ['青湖通讯部', '青湖人民民主共和国通讯部'],
      ['organization:青湖人民民主共和国通讯部 (青湖通讯部) ×2']],
    ['bodies of two states stay apart', '青湖共和国通讯部与白沙通讯部', ['青湖共和国通讯部', '白沙通讯部'],
      ['organization:青湖共和国通讯部 ×1', 'organization:白沙通讯部 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = orgTableOf(text, names);
    mergeStateNames(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});

describe('mergeCountryAbbreviations', () => {
  const rows: [label: string, text: string, names: string[], expected: string[]][] = [
    ['a country\'s one-character form and the body\'s own short form join the body named in full', '应朝鲜国家电影艺术委员会邀请访问。朝影艺委副委员长会见代表团。', ['朝鲜国家电影艺术委员会', '朝影艺委'],
      ['organization:朝鲜国家电影艺术委员会 (朝影艺委) ×2']],
    ['the body\'s name kept whole after the country\'s form', '俄罗斯联邦青年艺术署署长与俄青年艺术署副署长', ['俄罗斯联邦青年艺术署', '俄青年艺术署'],
      ['organization:俄罗斯联邦青年艺术署 (俄青年艺术署) ×2']],
    ['another country\'s body stays apart', '俄罗斯联邦青年艺术署与美青年艺术署', ['俄罗斯联邦青年艺术署', '美青年艺术署'],
      ['organization:俄罗斯联邦青年艺术署 ×1', 'organization:美青年艺术署 ×1']],
    ['a body of another head word stays apart', '俄罗斯联邦青年艺术署与俄青年艺术团', ['俄罗斯联邦青年艺术署', '俄青年艺术团'],
      ['organization:俄罗斯联邦青年艺术署 ×1', 'organization:俄青年艺术团 ×1']],
    ['中 is no foreign state\'s form: Chinese short forms are not read this way', '中国青湖艺术委员会与中艺委', ['中国青湖艺术委员会', '中艺委'],
      ['organization:中国青湖艺术委员会 ×1', 'organization:中艺委 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = orgTableOf(text, names);
    mergeCountryAbbreviations(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});

describe('mergeCompanyCores', () => {
  const rows: [label: string, text: string, names: string[], expected: string[]][] = [
    ['a company named without its city and legal form', '北京星河文旅有限公司发生变更。星河文旅公司成立于2023年。', ['北京星河文旅有限公司', '星河文旅公司'],
      ['organization:北京星河文旅有限公司 (星河文旅公司) ×2']],
    ['a joint-stock company', '杭州云杉影业股份有限公司即云杉影业公司', ['杭州云杉影业股份有限公司', '云杉影业公司'],
      ['organization:杭州云杉影业股份有限公司 (云杉影业公司) ×2']],
    ['companies of one name in two cities stay apart', '北京星河文旅有限公司与上海星河文旅有限公司合作。', ['北京星河文旅有限公司', '上海星河文旅有限公司'],
      ['organization:北京星河文旅有限公司 ×1', 'organization:上海星河文旅有限公司 ×1']],
    ['only companies', '星河文旅协会与北京星河文旅协会', ['星河文旅协会', '北京星河文旅协会'],
      ['organization:星河文旅协会 ×1', 'organization:北京星河文旅协会 ×1']],
  ];
  it.each(rows)('%s', (_label, text, names, expected) => {
    const t = orgTableOf(text, names);
    mergeCompanyCores(t, dict);
    expect(lines(t.all())).toEqual(expected);
  });
});
