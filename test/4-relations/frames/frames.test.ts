/**
 * The clause analysis every verb relation reads: per predicate, its subject group and its object group, and
 * the relation table's rows. Sentences are invented; the platforms and regulators are real bodies.
 */
import { describe, expect, it } from 'vitest';
import { framesOf } from '../../../src/4-relations/frames/frame.js';
import { FRAME_ROWS, frameRow } from '../../../src/4-relations/frames/table.js';
import { relationContext } from '../../support.js';

/** Each frame of the row in the text, as `subjects | verb | objects`. */
function frames(text: string, row: string): string[] {
  return framesOf(relationContext(text), frameRow(row)).map((f) =>
    `${f.subjects.map((s) => s.entity.name).join('+')} | ${f.predicate.verb} | ${f.objects.map((o) => o.entity.name).join('+')}`);
}

type Row = [label: string, text: string, row: string, expected: string[]];

describe('a predicate with its coordinated subjects and objects', () => {
  it.each<Row>([
    ['one subject, a list of objects after the verb', '杭州星河影业推出了《山海长歌》《逆风少年》。', 'produced', ['杭州星河影业 | 推出 | 山海长歌+逆风少年']],
    ['a coordinated subject group', '国家广播电视总局、国家电影局联合印发《关于加强网络视听节目管理的通知》。', 'issued', ['国家广播电视总局+国家电影局 | 印发 | 关于加强网络视听节目管理的通知']],
    ['a venue list before a verb-final clause', '《山海长歌》将于今晚在湖南卫视、芒果TV开播。', 'broadcast', ['湖南卫视+芒果TV | 开播 | 山海长歌']],
    ['the channels after 登陆 carry the work named before', '《山海长歌》后续也将登陆湖南卫视、芒果TV。', 'broadcast', ['湖南卫视+芒果TV | 登陆 | 山海长歌']],
    ['a clause after 宣布，takes the announcer', '爱奇艺宣布，《山海长歌》将于明年上线。', 'broadcast', ['爱奇艺 | 上线 | 山海长歌']],
    ['no frame without an actor before the verb', '《山海长歌》明年上线。', 'broadcast', []],
    ['a meeting: the official before the verb, those after it', '国家广播电视总局局长王建林在北京会见了中国网络视听协会会长刘志强。', 'met-with', ['王建林 | 会见 | 刘志强']],
    ['a meeting of two joined before the verb (A与B举行会谈)', '国家广播电视总局局长王建林与中国网络视听协会会长刘志强举行会谈。', 'met-with', ['王建林+刘志强 | 会谈 | ']],
    ['witnesses joined by 和, each with a title after the name', '国家广播电视总局局长王建林同志和中国网络视听协会会长刘志强先生共同见证了签约。', 'met-with', ['王建林+刘志强 | 共同见证 | ']],
    ['a joint act: the coordinated parties, no partner after', '芒果TV与杭州星河影业联合出品的微短剧《逆风少年》近日上线。', 'cooperates-with', ['芒果TV+杭州星河影业 | 联合 | ']],
    ['a joint act: the subject and the partners after 携手', '芒果TV携手优酷、爱奇艺推出超高清频道。', 'cooperates-with', ['芒果TV | 携手 | 优酷+爱奇艺']],
  ])('%s', (_label, text, row, expected) => {
    expect(frames(text, row)).toEqual(expected);
  });
});

describe('the relation table', () => {
  it.each([
    ['issued', 'issued', 'document'],
    ['produced', 'produced', 'work'],
    ['broadcast', 'broadcast', 'work'],
    ['signed', 'signed', 'agreement'],
    ['organized', 'organized', 'event'],
    ['met-with', 'met_with', 'official'],
    ['cooperates-with', 'cooperates_with', 'organization'],
  ])('%s: a predicate class gives %s of a %s', (name, relation, object) => {
    const row = FRAME_ROWS.find((r) => r.name === name)!;
    expect([row.relation, row.objects]).toEqual([relation, [object]]);
  });
});
