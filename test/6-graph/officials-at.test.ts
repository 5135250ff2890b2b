import { describe, expect, it } from 'vitest';
import { ExtractionGraph } from '../../src/6-graph/knowledge-graph.js';
import { thrown } from '../support.js';
import { CNSA, CNSA_OLD, NRTA, SAPPRFT, official, organization, post, result } from './time-fixtures.js';

/** Four documents: two regulators of two periods, an association before and after its rename. */
function graph(): ExtractionGraph {
  const kg = new ExtractionGraph();
  kg.addExtraction(result('2016-05-03', [organization('国家新闻出版广电总局', SAPPRFT), official('张明远')], [post('张明远', '国家新闻出版广电总局', '副局长')]), { id: 'a' });
  kg.addExtraction(result('2020-06-03', [organization('国家广播电视总局', NRTA), official('李春华'), official('周晓岚')],
    [post('李春华', '国家广播电视总局', '局长'), post('周晓岚', '国家广播电视总局', '副局长', { status: 'former' })]), { id: 'b' });
  kg.addExtraction(result('2019-06-01', [organization('中国网络视听节目服务协会', CNSA_OLD), official('赵立群'), official('钱国栋')],
    [post('赵立群', '中国网络视听节目服务协会', '副会长', { from: '2019-06' }), post('钱国栋', '中国网络视听节目服务协会', '会长', { from: '2016', to: '2019-03' })]), { id: 'c' });
  kg.addExtraction(result('2025-03-01', [organization('中国网络视听协会', CNSA), official('王海峰')], [post('王海峰', '中国网络视听协会', '会长')]), { id: 'd' });
  return kg;
}

const names = (officials: Array<{ person: { name: string } }>) => officials.map((o) => o.person.name);

describe('officialsOf(org, { at })', () => {
  const rows: [label: string, org: string, at: string | undefined, expected: string[]][] = [
    ['an undated post is held at the dates that state it', '国家广播电视总局', '2020-06', ['李春华']],
    ['and not before them', '国家广播电视总局', '2019-06', []],
    ['a name of several bodies is the body of the date', '广电总局', '2016', ['张明远']],
    ['the same name at a later date', '广电总局', '2020', ['李春华']],
    ['a dated post from its start on, under the body\'s later name too', '中国网络视听协会', '2019-06', ['赵立群']],
    ['a post ended before the date is left out, a post stated later is in', '中国网络视听协会', '2025', ['王海峰', '赵立群']],
    ['a post held over [from, to)', '中国网络视听节目服务协会', '2018', ['钱国栋']],
  ];
  it.each(rows)('%s', (_label, org, at, expected) => expect(names(graph().officialsOf(org, at === undefined ? {} : { at }))).toEqual(expected));

  it('without a date, a name two bodies of the graph go by is today\'s body', () => {
    const kg = graph();
    kg.addExtraction(result('2016-06-01', [{ ...organization('国家新闻出版广电总局', SAPPRFT), aliases: ['广电总局'] }]), { id: 'e' });
    kg.addExtraction(result('2020-07-01', [{ ...organization('国家广播电视总局', NRTA), aliases: ['广电总局'] }]), { id: 'f' });
    expect(names(kg.officialsOf('广电总局'))).toEqual(['李春华', '周晓岚']);
  });
  it('posts carry their from / to', () => {
    expect(graph().officialsOf('中国网络视听节目服务协会')).toContainEqual(expect.objectContaining({ title: '会长', from: '2016', to: '2019-03' }));
  });
  it('positionsOf(person, { at }) reads posts the same way', () => {
    expect([graph().positionsOf('钱国栋', { at: '2018' }).length, graph().positionsOf('钱国栋', { at: '2020' }).length]).toEqual([1, 0]);
  });
  it('a malformed date is refused', () => {
    expect(thrown(() => graph().officialsOf('国家广播电视总局', { at: '6/2019' })).message).toMatch(/shiting-kg: .*"at" must be a date/);
  });
});
