/**
 * Two small hand-written news items and their extraction results, sharing entities
 * (国家广播电视总局, 曹淑敏) so that merging across documents can be tested.
 * Offsets are computed from the texts, so they are always right.
 */
import type { Entity, EntityType, ExtractionResult, Mention, Relation, RelationType } from '../../src/types.js';

function mentionsOf(text: string, ...forms: string[]): Mention[] {
  const mentions: Mention[] = [];
  for (const form of forms) {
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + form.length)) {
      mentions.push({ start, end: start + form.length, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function entity(text: string, type: EntityType, name: string, extra: { subtype?: string; aliases?: string[] } = {}): Entity {
  const aliases = extra.aliases ?? [];
  const result: Entity = { id: `${type}:${name}`, type, name, aliases, mentions: mentionsOf(text, name, ...aliases) };
  if (extra.subtype) result.subtype = extra.subtype;
  return result;
}

/** Relation ids are per document (r1, r2, …), like the extractor's. */
let relationCount = 0;

function relation(
  text: string,
  type: RelationType,
  source: Entity,
  target: Entity,
  sentence: string,
  extra: Pick<Relation, 'title' | 'status' | 'date'> = {},
): Relation {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not in text: ${sentence}`);
  return { id: `r${++relationCount}`, type, source: source.id, target: target.id, ...extra, evidence: { sentence, start, end: start + sentence.length } };
}

export const TEXT_A = [
  '国家广播电视总局与阿联酋媒体委员会签署合作谅解备忘录',
  '5月30日，国家广播电视总局局长曹淑敏在北京会见阿联酋媒体委员会主席阿卜杜拉·哈米德，双方签署《中阿视听合作谅解备忘录》。',
  '广电总局当日发布《关于进一步加强微短剧管理的通知》。',
  '电视剧《山海情》由正午阳光出品，在东方卫视播出。',
].join('\n');

export const TEXT_B = [
  '曹淑敏会见科特迪瓦通讯部长',
  '9月2日，国家广播电视总局局长曹淑敏会见科特迪瓦通讯部部长阿玛杜·库利巴利，并签署《中科视听合作协议》。',
  '总局副局长王晓明出席。中国网络视听协会主办2024全国网络视听行业协会工作会。',
].join('\n');

const nrta = (text: string, aliases: string[]) =>
  entity(text, 'organization', '国家广播电视总局', { subtype: 'government', aliases });

function buildA(): ExtractionResult {
  relationCount = 0;
  const t = TEXT_A;
  const org = nrta(t, ['广电总局']);
  const uae = entity(t, 'organization', '阿联酋媒体委员会', { subtype: 'foreign_government' });
  const cao = entity(t, 'official', '曹淑敏', { subtype: 'government' });
  const hamid = entity(t, 'official', '阿卜杜拉·哈米德', { subtype: 'foreign' });
  const mou = entity(t, 'agreement', '中阿视听合作谅解备忘录', { subtype: 'mou' });
  const notice = entity(t, 'document', '关于进一步加强微短剧管理的通知', { subtype: 'notice' });
  const drama = entity(t, 'work', '山海情', { subtype: 'tv_series' });
  const zhengwu = entity(t, 'organization', '正午阳光', { subtype: 'company' });
  const dragon = entity(t, 'organization', '东方卫视', { subtype: 'broadcaster' });
  const s1 = '5月30日，国家广播电视总局局长曹淑敏在北京会见阿联酋媒体委员会主席阿卜杜拉·哈米德，双方签署《中阿视听合作谅解备忘录》。';
  return {
    date: '2024-06-03',
    meta: { date: '2024-06-03', title: '国家广播电视总局与阿联酋媒体委员会签署合作谅解备忘录' },
    entities: [org, uae, cao, hamid, mou, notice, drama, zhengwu, dragon],
    relations: [
      relation(t, 'holds_position', cao, org, s1, { title: '局长', status: 'current' }),
      relation(t, 'holds_position', hamid, uae, s1, { title: '主席', status: 'current' }),
      relation(t, 'met_with', cao, hamid, s1, { date: '2024-05-30' }),
      relation(t, 'signed', org, mou, s1, { date: '2024-05-30' }),
      relation(t, 'signed', uae, mou, s1, { date: '2024-05-30' }),
      relation(t, 'issued', org, notice, '广电总局当日发布《关于进一步加强微短剧管理的通知》。', { date: '2024-06-03' }),
      relation(t, 'produced', zhengwu, drama, '电视剧《山海情》由正午阳光出品，在东方卫视播出。'),
      relation(t, 'broadcast', dragon, drama, '电视剧《山海情》由正午阳光出品，在东方卫视播出。'),
    ],
  };
}

function buildB(): ExtractionResult {
  relationCount = 0;
  const t = TEXT_B;
  const org = nrta(t, ['总局']);
  const cao = entity(t, 'official', '曹淑敏', { subtype: 'government' });
  const civ = entity(t, 'organization', '科特迪瓦通讯部', { subtype: 'foreign_government' });
  const minister = entity(t, 'official', '阿玛杜·库利巴利', { subtype: 'foreign' });
  const wang = entity(t, 'official', '王晓明', { subtype: 'government' });
  const deal = entity(t, 'agreement', '中科视听合作协议', { subtype: 'cooperation_agreement' });
  const cnsa = entity(t, 'organization', '中国网络视听协会', { subtype: 'association' });
  const meeting = entity(t, 'event', '2024全国网络视听行业协会工作会', { subtype: 'conference' });
  const s1 = '9月2日，国家广播电视总局局长曹淑敏会见科特迪瓦通讯部部长阿玛杜·库利巴利，并签署《中科视听合作协议》。';
  return {
    date: '2024-09-09',
    meta: { date: '2024-09-09', title: '曹淑敏会见科特迪瓦通讯部长' },
    entities: [org, cao, civ, minister, wang, deal, cnsa, meeting],
    relations: [
      relation(t, 'holds_position', cao, org, s1, { title: '局长', status: 'current' }),
      relation(t, 'holds_position', minister, civ, s1, { title: '部长', status: 'current' }),
      relation(t, 'holds_position', wang, org, '总局副局长王晓明出席。', { title: '副局长', status: 'current' }),
      relation(t, 'met_with', cao, minister, s1, { date: '2024-09-02' }),
      relation(t, 'signed', org, deal, s1, { date: '2024-09-02' }),
      relation(t, 'signed', civ, deal, s1, { date: '2024-09-02' }),
      relation(t, 'organized', cnsa, meeting, '中国网络视听协会主办2024全国网络视听行业协会工作会。'),
    ],
  };
}

/** A fresh copy of the first document's extraction (2024-06-03). */
export const docA = (): ExtractionResult => buildA();
/** A fresh copy of the second document's extraction (2024-09-09). */
export const docB = (): ExtractionResult => buildB();

