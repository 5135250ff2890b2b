import { describe, expect, it } from 'vitest';
import { cueHeadedNames } from '../../../../src/2-mentions/recognizers/named-phrases/cue-headed-names.js';
import { relationContext } from '../../../support.js';
import { found } from './found.js';

type Row = [label: string, text: string, names: string[]];

describe('cueHeadedNames', () => {
  const rows: Row[] = [
    ['an event marked by a year', '2024年星澜微短剧大赛在青川举行。', ['event/contest:2024年星澜微短剧大赛']],
    ['an edition 首届 marks the name', '首届青川微短剧大会在青川开幕。', ['event/conference:首届青川微短剧大会']],
    ['an event marked by an edition', '第十三届星澜短片节在青川开幕。', ['event/other:第十三届星澜短片节']],
    ['a head word used as a verb (计划举办) names nothing', '青川市计划举办微短剧大赛。', []],
    ['a document after a verb that issues it', '青川市广播电视局印发青川市网络视听产业扶持办法。', ['document/regulation:青川市网络视听产业扶持办法']],
    ['a cue inside 《》 names nothing', '《星澜大赛》在青川播出。', []],
    ['two events joined by 暨 are one name', '江北省微短剧协会第六届会员代表大会暨2018年年会在苏州召开。', ['event/conference:江北省微短剧协会第六届会员代表大会', 'event/conference:江北省微短剧协会第六届会员代表大会暨2018年年会']],
    ['a founding congress (成立大会) of a named body', '江北省微短剧协会成立大会在太原召开。', ['event/conference:江北省微短剧协会成立大会']],
    ['a head word glued to 由 by jieba (节由)', '2023青川芒果节由湖南省广播电视局主办。', ['event/other:2023青川芒果节']],
    ['…not one glued to 等 (an item of a list)', '还举办了项目签约、广电视听展等活动。', []],
    ['one dash between two places is inside the name', '2023中国—东盟微短剧论坛在南宁举行。', ['event/forum:2023中国—东盟微短剧论坛']],
    ['a season after the year belongs to the name', '星澜卫视在长沙举办了2020春夏内容招商会。', ['event/conference:2020春夏内容招商会']],
    ['a generic modifier before the head word (相关论坛) names nothing', '大会举办了多场星澜微短剧相关论坛。', []],
    ['a head word before a part of the event (竞赛单元) leaves the event before it', '该剧入围青川国际电影节竞赛单元。', ['event/other:青川国际电影节']],
    ['a quoted kind and 类 open the name (专项整治)', '青川市组织开展了“星澜直播”类网络微短剧专项整治。', ['event/campaign:“星澜直播”类网络微短剧专项整治']],
    ['a pair of countries opens the name (中|俄)', '会议期间召开了中俄文化合作分委会第二次会议。', ['event/conference:中俄文化合作分委会第二次会议']],
    ['…not 中 (in) before a country\'s full name', '这次活动中俄罗斯电影协会成立大会的筹备情况受到关注。', ['event/conference:俄罗斯电影协会成立大会']],
    ['hosts joined by 、 after a year are the name\'s', '2024湖南卫视、芒果TV星澜开放大会在上海举行。', ['event/conference:2024湖南卫视、芒果TV星澜开放大会']],
    ['a head word cut out of a word of its own (视听节|目) names nothing', '渠道共建推动100部多语种星澜视听节目在全球播出。', []],
    ['…not without a year (a list of the sentence)', '湖南卫视、芒果TV星澜开放大会在上海举行。', ['event/conference:芒果TV星澜开放大会']],
    ['a noun that ends names (代表) inside a name marked by a year', '论坛上还举行了2026星澜视听年度代表人物发布仪式，颁发了奖项。', ['event/ceremony:2026星澜视听年度代表人物发布仪式']],
    ['…not where nothing before it marks a name', '星澜视听代表人物发布仪式在青川举行。', []],
    ['a part named after a middle dot (节·晚会) is the event\'s', '活动包括“2025青川芒果节·毕业晚会”等五大主体活动。', ['event/other:2025青川芒果节·毕业晚会']],
    ['fields joined by one dash (文旅—广电) inside a quoted name', '大会上，“跟着短剧去青川”文旅—广电合作启动仪式等活动从创作抓起。', ['event/ceremony:“跟着短剧去青川”文旅—广电合作启动仪式']],
    ['a part\'s head word after the event\'s (大会主论坛) leaves the event', '第十届青川视听大会主论坛在成都举办。', ['event/conference:第十届青川视听大会']],
    ['…not an aside after two dashes', '青川论坛——广电合作启动仪式在长沙举行。', ['event/forum:青川论坛', 'event/ceremony:广电合作启动仪式']],
  ];
  it.each(rows)('%s', (_label, text, names) => {
    expect(found(cueHeadedNames(relationContext(text), 'test'))).toEqual(names);
  });
});
