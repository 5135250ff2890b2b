/**
 * The verb rules (produced, broadcast …) on the shapes of real news sentences. Sentences are written for
 * these tests; the companies and works are invented, the platforms real.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/5-extract/extractor.js';
import type { ExtractionResult, RelationType } from '../../src/types.js';

type Fact = [type: RelationType, source: string, target: string];
type Row = [label: string, text: string, fact: Fact, expected: boolean];

/** The relations of a text as `type(source → target)`. */
function facts(result: ExtractionResult): string[] {
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations.map((r) => `${r.type}(${name.get(r.source)} → ${name.get(r.target)})`);
}

const check = (rows: Row[]) => it.each(rows)('%s', (_label, text, [type, source, target], expected) => {
  const found = facts(extract(text, { date: '2024-09-09' }));
  if (expected) expect(found).toContain(`${type}(${source} → ${target})`);
  else expect(found).not.toContain(`${type}(${source} → ${target})`);
});

describe('every work of a run after or before one verb', () => {
  check([
    ['the second work after 推出', '杭州星河影业推出了《山海长歌》《逆风少年》等新剧。', ['produced', '杭州星河影业', '逆风少年'], true],
    ['the third work after 出品, joined by 、', '杭州星河影业出品了《山海长歌》、《逆风少年》和《小河马》。', ['produced', '杭州星河影业', '小河马'], true],
    ['the first of works before 由…制作的', '《山海长歌》《逆风少年》等由杭州星河影业制作的电视剧广受好评。', ['produced', '杭州星河影业', '山海长歌'], true],
    ['not for broadcast: the works before 与…同步播出', '《山海长歌》《逆风少年》等剧集在制作初期就确定与优酷同步播出。', ['broadcast', '优酷', '山海长歌'], false],
    ['not a work after the run, in another clause', '杭州星河影业推出了《山海长歌》，观众更爱看《逆风少年》。', ['produced', '杭州星河影业', '逆风少年'], false],
    ['not a work before the run, apart from it', '《小河马》之后，《山海长歌》由杭州星河影业制作。', ['produced', '杭州星河影业', '小河马'], false],
  ]);
});

describe('a clause without a subject acts for the organization that opens an earlier clause', () => {
  check([
    ['the topic of the clause before (X近年来…，日前还宣布了将拍摄《…》)', '杭州星河影业近年来持续发力自制内容，日前还宣布了将拍摄《山海长歌》《逆风少年》等作品。', ['produced', '杭州星河影业', '逆风少年'], true],
    ['the topic opened by 而, past a clause naming others', '而杭州星河影业则早已动作频发，还邀请了优酷的制片人加盟，并推出了《山海长歌》。', ['produced', '杭州星河影业', '山海长歌'], true],
    ['not an organization inside a clause (作为X的…)', '作为湖南卫视的合作方，今年还推出了《山海长歌》。', ['produced', '湖南卫视', '山海长歌'], false],
    ['not when the clause names a work as its own subject', '杭州星河影业业绩增长，《山海长歌》由新人制作。', ['produced', '杭州星河影业', '山海长歌'], false],
    ['not an organization followed by 的', '杭州星河影业的新剧很多，日前还推出了《山海长歌》。', ['produced', '杭州星河影业', '山海长歌'], false],
  ]);
});

describe('a topic acts only on what follows its verb', () => {
  check([
    ['not the works of an earlier clause (X拿下了《…》，更将其推出)', '湖南卫视拿下了《山海长歌》《逆风少年》两部大剧，更有意将其以剧场的形式推出。', ['produced', '湖南卫视', '山海长歌'], false],
  ]);
});

describe('adverbs between the subjects and the verb', () => {
  check([
    ['也早已 (X和Y也早已推出了《…》)', '而优酷和杭州星河影业也早已推出了《山海长歌》等自制剧。', ['produced', '优酷', '山海长歌'], true],
  ]);
});

describe('frames of real news: a channel that 拿下 works, a unit acting for its channel, works made for a platform', () => {
  check([
    ['拿下 a run of works: the channel airs them', '其中，湖南卫视不仅拿下了《山海长歌》《逆风少年》这两部大剧。', ['broadcast', '湖南卫视', '逆风少年'], true],
    ['not when a work 拿下 something', '《山海长歌》拿下了收视冠军，湖南卫视表示满意。', ['broadcast', '湖南卫视', '山海长歌'], false],
    ['a unit of the channel (的其他剧场) airs for it', '湖南卫视的其他剧场也曾播出过《山海长歌》《逆风少年》等电视剧。', ['broadcast', '湖南卫视', '逆风少年'], true],
    ['not a partner of the channel (的合作伙伴 is no unit)', '湖南卫视的合作伙伴也曾播出过《山海长歌》。', ['broadcast', '湖南卫视', '山海长歌'], false],
    ['made for a platform: the maker produces it', '东方卫视为芒果TV先后度身定制的《山海长歌》《逆风少年》等节目广受好评。', ['produced', '东方卫视', '逆风少年'], true],
    ['made for a platform: the platform airs it', '东方卫视为芒果TV先后度身定制的《山海长歌》《逆风少年》等节目广受好评。', ['broadcast', '芒果TV', '山海长歌'], true],
    ['not the platform as maker', '东方卫视为芒果TV量身打造了《山海长歌》。', ['produced', '芒果TV', '山海长歌'], false],
    ['not made for an association: it airs nothing', '东方卫视为中国电视剧制作产业协会定制了《山海长歌》。', ['broadcast', '中国电视剧制作产业协会', '山海长歌'], false],
  ]);
});

describe('cooperates_with: the subject with each partner of a list after 携手', () => {
  check([
    ['the subject with the first partner', '抖音宣布将携手新华社、新华网、央视频等二十多家媒体。', ['cooperates_with', '抖音', '新华通讯社'], true],
    ['the subject with the last partner', '抖音宣布将携手新华社、新华网、央视频等二十多家媒体。', ['cooperates_with', '抖音', '央视频'], true],
    ['the subject of the clause before, for a clause opening with 宣布', '2023年12月，抖音启动了专项计划，宣布将携手新华社、新华网、央视频等媒体。', ['cooperates_with', '抖音', '新华网'], true],
    ['not the partners with each other', '抖音宣布将携手新华社、新华网、央视频等二十多家媒体。', ['cooperates_with', '新华网', '央视频'], false],
    ['an announced agreement (官宣与…达成合作)', '哔哩哔哩官宣与中央广播电视总台达成合作。', ['cooperates_with', '哔哩哔哩', '中央广播电视总台'], true],
    ['two adverbs before 与 (就宣布与…合作)', '早在去年，优酷就宣布与江苏卫视合作。', ['cooperates_with', '优酷', '江苏卫视'], true],
    ['an aside after the first party (A（下称…）与B联合…)', '中央广播电视总台（下称“总台”）与优酷在京举办联合发布会。', ['cooperates_with', '中央广播电视总台', '优酷'], true],
  ]);
});

describe('fields of names after a verb (出品方：, 主办单位：) and 双方 as a subject', () => {
  check([
    ['each producer of a field after the work', '电视剧《山海长歌》今日定档。出品方：湖南卫视、芒果TV、华策影视。', ['produced', '华策影视', '山海长歌'], true],
    ['each organizer of a field after the event', '第三届星河视听大会今日开幕。主办单位：中国网络视听协会；承办单位：湖南广播电视台。', ['organized', '湖南广播电视台', '第三届星河视听大会'], true],
    ['not a field of the wrong kind (出品方 gives no organizer)', '第三届星河视听大会今日开幕。出品方：湖南卫视。', ['organized', '湖南卫视', '第三届星河视听大会'], false],
    ['双方 are the two joined by 与 before', '湖南卫视与芒果TV举行会谈。双方签署了《山海合作协议》。', ['signed', '芒果TV', '山海合作协议'], true],
    ['双方 produce together', '湖南卫视与芒果TV达成合作。双方将联合出品《山海长歌》。', ['produced', '湖南卫视', '山海长歌'], true],
    ['not 双方的, a modifier', '湖南卫视与芒果TV达成合作。双方的《山海长歌》已播出。', ['broadcast', '芒果TV', '山海长歌'], false],
    ['not one party alone', '湖南卫视将于明日播出《山海长歌》。双方签署了《山海合作协议》。', ['signed', '湖南卫视', '山海合作协议'], false],
    ['a double-platform venue before the verb', '湖南卫视、芒果TV双平台同步播出《山海长歌》。', ['broadcast', '芒果TV', '山海长歌'], true],
  ]);
});

describe('a joint-act verb that tells no act', () => {
  check([
    ['the head of a noun (合作伙伴)', '哔哩哔哩、小红书均成为晚会的合作伙伴。', ['cooperates_with', '哔哩哔哩', '小红书'], false],
    ['the kind of what a signing signs (签署合作文件): signed, not cooperates_with', '中央广播电视总台与优酷签署合作文件。', ['cooperates_with', '中央广播电视总台', '优酷'], false],
  ]);
});

describe('a clause referring back to a list of works (这些, 上述) acts on the whole list', () => {
  check([
    ['the first work of the list before', '优酷推出了《山海长歌》《逆风少年》。这些剧集也将在江苏卫视播出。', ['broadcast', '江苏卫视', '山海长歌'], true],
    ['the last work of the list before', '优酷推出了《山海长歌》《逆风少年》。这些剧集也将在江苏卫视播出。', ['broadcast', '江苏卫视', '逆风少年'], true],
  ]);
});

describe('a subject before 为 and a beneficiary no recognizer names', () => {
  check([
    ['the subject still acts', '江苏卫视为年轻观众量身打造了《山海长歌》。', ['produced', '江苏卫视', '山海长歌'], true],
  ]);
});

describe('a show named after its channel', () => {
  check([
    ['is broadcast by the channel', '《江苏卫视·新春晚会》收视领先。', ['broadcast', '江苏卫视', '江苏卫视·新春晚会'], true],
  ]);
});
