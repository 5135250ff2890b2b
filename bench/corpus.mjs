/**
 * Deterministic synthetic corpus for the benchmark: Chinese online-audiovisual industry news in the
 * shape of the bundled weekly reports (examples/corpus/*.txt), varied so the text does not repeat.
 *
 * - Example articles are cut into headline + paragraphs, shuffled across documents, and varied per
 *   document: person names next to a title, 《work titles》, place-named organizations, dates, years
 *   and numbers are swapped for invented ones.
 * - Most of the text comes from sentence templates filled from the invented pools below (people,
 *   foreign names, organizations from real-looking patterns, 《titles》, documents, events, figures).
 * - PDF artefacts of the real reports are reproduced: spaces around digits (9 月 2 日), sentences
 *   broken across a blank line, a character repeated across a page break.
 *
 * Every name here is invented from the pools; none comes from the project's dictionaries or gold.
 * This module does not import the library, so building the corpus touches no jieba state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: the same seed gives the same corpus. */
export function rng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  next.shuffle = (list) => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  };
  return next;
}

const chars = (s) => [...s];

// ---------------------------------------------------------------------------------------------------
// Pools (written for this benchmark).
// ---------------------------------------------------------------------------------------------------

export const SURNAMES = chars('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方'];
const GIVEN = chars('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂文辉建华志红玲宁斌鹏晓宇浩凯婷雪琳晨欣颖思嘉子梓泽睿博俊佳雨一海永国春立新卫东兴林云峰振德瑞安昊航然萌悦楠蕾薇琪岚彬骁翔毅蔚清澜舒韬');
const FOREIGN_SYLLABLES = ['阿', '马', '杜', '库', '里', '巴', '穆', '罕', '默', '萨', '拉', '卡', '尔', '塔', '伊', '布', '希', '姆', '奥', '斯', '特', '维', '克', '多', '尼', '科', '洛', '夫', '安', '娜', '莉', '亚', '索', '菲', '约', '翰', '彼', '得', '米', '歇', '贝', '罗', '瓦', '努', '恩', '戈', '蒂', '卢'];
const COUNTRIES = ['科特迪瓦', '突尼斯', '阿联酋', '塞尔维亚', '哈萨克斯坦', '乌兹别克斯坦', '肯尼亚', '埃及', '巴西', '阿根廷', '老挝', '柬埔寨', '泰国', '越南', '马来西亚', '印度尼西亚', '蒙古国', '尼日利亚', '坦桑尼亚', '赞比亚', '秘鲁', '智利', '希腊', '匈牙利', '葡萄牙'];
const FOREIGN_ORGS = ['通讯部', '新闻部', '媒体委员会', '国家广播电台', '国家电视台', '文化部', '信息与传播部', '国家通讯社', '广播电视管理局'];
const FOREIGN_TITLES = ['部长', '副部长', '主席', '台长', '总裁', '总经理', '社长'];
const PROVINCES = [
  ['北京', '北京市'], ['天津', '天津市'], ['河北', '河北省'], ['山西', '山西省'], ['内蒙古', '内蒙古自治区'], ['辽宁', '辽宁省'],
  ['吉林', '吉林省'], ['黑龙江', '黑龙江省'], ['上海', '上海市'], ['江苏', '江苏省'], ['浙江', '浙江省'], ['安徽', '安徽省'],
  ['福建', '福建省'], ['江西', '江西省'], ['山东', '山东省'], ['河南', '河南省'], ['湖北', '湖北省'], ['湖南', '湖南省'],
  ['广东', '广东省'], ['广西', '广西壮族自治区'], ['海南', '海南省'], ['重庆', '重庆市'], ['四川', '四川省'], ['贵州', '贵州省'],
  ['云南', '云南省'], ['陕西', '陕西省'], ['甘肃', '甘肃省'], ['青海', '青海省'], ['宁夏', '宁夏回族自治区'], ['新疆', '新疆维吾尔自治区'],
];
const CITIES = ['广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '西安', '长沙', '郑州', '济南', '青岛', '厦门', '福州', '合肥', '南昌', '昆明', '贵阳', '南宁', '太原', '石家庄', '沈阳', '大连', '长春', '哈尔滨', '兰州', '西宁', '银川', '宁波', '无锡', '温州', '佛山', '东莞', '珠海', '烟台', '洛阳', '桂林', '三亚', '绍兴', '泉州', '扬州', '徐州', '潍坊', '襄阳', '宜昌', '株洲', '柳州', '遵义', '绵阳', '赣州'];
const BRANDS = ['星漫', '云帆', '鲸鱼', '青橙', '蓝鲸', '火山', '极光', '橙果', '天穹', '飞鱼', '松果', '麦田', '银河', '墨鱼', '锦鲤', '白鹭', '灵犀', '远山', '光年', '听涛', '云图', '星芒', '竹简', '长风', '拾光', '萤火', '知秋', '暖阳', '北辰', '南风', '星空', '海豚', '橡树', '青鸟', '九州', '万象', '浩瀚', '繁星', '映画', '盛景'];
const TOPICS = ['网络微短剧', '网络视听', '短视频', '广播电视', '超高清视频', '应急广播', '公共文化服务', '直播电商', '人工智能生成内容', '互联网电视', '网络文学', '数字出版', '虚拟现实', '音视频技术', '智慧广电', '县级融媒体', '网络直播', '纪录片创作', '动画产业', '有声读物', '视听内容出海', '未成年人网络保护', '广电5G', '云游戏'];
const GENRES = ['电视剧', '网络剧', '微短剧', '纪录片', '综艺节目', '动画片', '电影', '网络电影', '网络纪录片', '广播剧', '网络综艺'];
const TITLE_A = ['山海', '星河', '追光', '长河', '烟火', '归途', '春风', '锦绣', '逐梦', '少年', '故乡', '江湖', '云端', '微光', '远方', '四季', '人间', '大地', '晨曦', '山河', '繁花', '灯火', '星辰', '岁月', '长安', '江南', '海岛', '雪原', '草原', '书院', '渡口', '灯塔', '稻香', '茶山', '古道', '新城', '港湾', '乡野'];
const TITLE_B = ['之歌', '往事', '纪事', '人家', '日记', '故事', '正青春', '向未来', '有约', '如歌', '行', '传', '录', '回响', '心愿', '守望者', '来信', '奇遇', '的夏天', '的约定', '里的光', '三十年', '新篇', '长歌'];
/** Position titles by the kind of organization that has them. */
const POSITIONS = {
  government: ['局长', '副局长', '党组书记、局长', '党组成员、副局长', '一级巡视员', '总工程师'],
  party: ['部长', '副部长', '常务副部长'],
  media: ['台长', '副台长', '总编辑', '党委书记、台长', '主任', '副主任'],
  association: ['会长', '副会长', '秘书长', '常务副会长', '副秘书长'],
  business: ['董事长', '总经理', '首席执行官', '总裁', '副总裁', '首席技术官', '联合创始人'],
  research: ['院长', '副院长', '主任', '首席研究员', '教授'],
};
const SECTORS = ['广播电视行政部门', '网络视听平台', '广播电视播出机构', '制作机构', '融媒体中心', '行业协会'];
const VERB_PHRASES = ['压实内容审核主体责任', '加强精品内容供给', '规范网络直播营销行为', '完善未成年人保护机制', '推进超高清转型升级', '提升公共服务水平', '强化版权保护', '做好重大主题宣传'];
const STORIES = ['一群年轻人返乡创业', '三代守林人坚守山林', '一位乡村教师扎根山区', '城市快递小哥追逐梦想', '非遗传承人守护老手艺', '援疆干部与当地群众结下深厚情谊', '科研团队攻关核心技术', '一个普通家庭四十年的变迁'];
const FILLER_OPENERS = ['', '', '下一步，', '会议强调，', '业内人士认为，', '据介绍，', '与此同时，', '此外，', '{personB}指出，', '报告显示，', '专家表示，', '从长远看，', '总体来看，', '值得注意的是，'];
const FILLER_CLAUSES = [
  '要坚持守正创新，推动{topic}高质量发展',
  '{topic}正处在转型升级的关键阶段，机遇与挑战并存',
  '将进一步完善{topic}政策体系，优化发展环境，激发市场主体活力',
  '各方要加强协同联动，形成工作合力，共同营造清朗的网络空间',
  '要把社会效益放在首位，实现社会效益和经济效益相统一',
  '{topic}已进入规范化、精品化发展的新阶段',
  '技术创新正在重塑{topic}的生产方式和传播格局',
  '相关工作将分{k}个阶段推进，确保各项任务落到实处',
  '与会代表围绕{topic}的发展路径、监管机制和人才培养等议题展开深入交流',
  '双方将在内容共创、技术研发、人才交流等方面持续深化合作',
  '今年以来已累计下架违规{topic}内容{n}余条，处置违规账号{n2}个',
  '今年上半年{topic}市场规模达到{money}亿元，同比增长{p}%',
  '全国{topic}从业机构已超过{n2}家，较去年增加{n}家',
  '{topic}用户规模达{p2}亿人，占网民整体的{p}%',
  '要加快{topic}与{topic2}的融合发展，培育新的增长点',
  '{sector}要{verbphrase}，切实提升治理效能',
  '{topic}领域的人才缺口仍然较大，复合型人才尤为紧缺',
  '要用好{topic2}等新技术，提升{topic}内容的传播力和影响力',
  '{year}年将重点推进{topic}标准体系建设，制定修订标准{n}项',
];
const FILLER_CLOSERS = ['。', '。', '。', '，取得了积极成效。', '，受到业内广泛关注。', '，为行业发展注入新动能。', '，并将适时开展评估。'];

// ---------------------------------------------------------------------------------------------------
// Invented names.
// ---------------------------------------------------------------------------------------------------

export function makeNames(r) {
  const person = () => {
    const surname = r.chance(0.03) ? r.pick(COMPOUND_SURNAMES) : r.pick(SURNAMES);
    return surname + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
  };
  const foreignPart = () => Array.from({ length: r.int(2, 3) }, () => r.pick(FOREIGN_SYLLABLES)).join('');
  const foreignPerson = () => `${foreignPart()}·${foreignPart()}`;
  const province = () => r.pick(PROVINCES);
  const city = () => r.pick(CITIES);
  const brand = () => r.pick(BRANDS);
  /** An invented organization and the kind of positions it has. */
  const org = () => {
    const [p, pf] = province();
    const c = city();
    switch (r.int(0, 15)) {
      case 0: return { name: `${p}网络视听产业协会`, kind: 'association' };
      case 1: return { name: `${p}网络视听协会`, kind: 'association' };
      case 2: return { name: `${pf}广播电视局`, kind: 'government' };
      case 3: return { name: `${c}广播电视台`, kind: 'media' };
      case 4: return { name: `${pf}广播电视台`, kind: 'media' };
      case 5: return { name: `${c}市融媒体中心`, kind: 'media' };
      case 6: return { name: `${c}${brand()}文化传媒有限公司`, kind: 'business' };
      case 7: return { name: `${brand()}科技有限公司`, kind: 'business' };
      case 8: return { name: `${brand()}影业`, kind: 'business' };
      case 9: return { name: `${c}${brand()}影视制作有限公司`, kind: 'business' };
      case 10: return { name: `${p}电影集团`, kind: 'business' };
      case 11: return { name: `${c}传媒集团`, kind: 'business' };
      case 12: return { name: `${brand()}数字媒体研究院`, kind: 'research' };
      case 13: return { name: `${c}大学新闻传播学院`, kind: 'research' };
      case 14: return { name: pf.endsWith('省') ? `${p}省委宣传部` : pf.endsWith('市') ? `${p}市委宣传部` : `${pf}党委宣传部`, kind: 'party' };
      default: return { name: `${brand()}网络科技股份有限公司`, kind: 'business' };
    }
  };
  const platform = () => r.pick([`${brand()}视频`, `${brand()}TV`, `${brand()}短剧`, `${brand()}直播`, `${brand()}音频`]);
  const work = () => r.pick(TITLE_A) + (r.chance(0.5) ? r.pick(TITLE_A) : '') + r.pick(TITLE_B);
  const year = () => r.int(2019, 2026);
  const doc = () => {
    const t = r.pick(TOPICS);
    const y = year();
    switch (r.int(0, 6)) {
      case 0: return `关于进一步加强${t}管理的通知`;
      case 1: return `${t}高质量发展行动计划（${y}—${y + 2}年）`;
      case 2: return `${province()[1]}${t}管理办法`;
      case 3: return `${t}创作生产扶持办法`;
      case 4: return `${y}年${t}发展报告`;
      case 5: return `${t}服务规范`;
      default: return `关于推动${t}健康发展的指导意见`;
    }
  };
  const event = () => {
    const t = r.pick(TOPICS);
    switch (r.int(0, 5)) {
      case 0: return `第${r.pick(['三', '五', '七', '八', '十', '十一', '十二', '十五'])}届${city()}网络视听大会`;
      case 1: return `${year()}中国${t}大会`;
      case 2: return `${year()}年${province()[0]}${t}创作大赛`;
      case 3: return `${t}高质量发展论坛`;
      case 4: return `${city()}国际${t}周`;
      default: return `${year()}${city()}文化产业博览会`;
    }
  };
  const date = (spaced = r.chance(0.3)) => {
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    return spaced ? `${m} 月 ${d} 日` : `${m}月${d}日`;
  };
  return { person, foreignPerson, province, city, brand, org, platform, work, doc, event, date, year };
}

// ---------------------------------------------------------------------------------------------------
// Template articles.
// ---------------------------------------------------------------------------------------------------

function fill(template, v) {
  return template.replace(/\{(\w+)\}/g, (_, k) => (v[k] === undefined ? `{${k}}` : String(v[k])));
}

/** A sentence with no entity of its own, varied by opener, clause, closer and fresh figures. */
function filler(r, n, v) {
  const topic = r.pick(TOPICS);
  const local = { ...v, topic: r.chance(0.5) ? v.topic : topic, topic2: r.pick(TOPICS), sector: r.pick(SECTORS), verbphrase: r.pick(VERB_PHRASES),
    k: r.pick(['两', '三', '四', '五']), n: r.int(10, 9999), n2: r.int(100, 99999), p: (r.int(10, 900) / 10).toFixed(1), p2: (r.int(10, 110) / 10).toFixed(1), money: r.int(2, 3000), year: n.year() };
  const clause = fill(r.pick(FILLER_CLAUSES), local);
  const closer = r.pick(FILLER_CLOSERS);
  return fill(r.pick(FILLER_OPENERS), local) + (closer === '。' ? clause : clause.replace(/，[^，]*$/, '')) + closer;
}

/** One article's cast: the same people and organizations recur through its sentences. */
function cast(r, n) {
  const orgA = n.org();
  const orgB = n.org();
  const topic = r.pick(TOPICS);
  const v = {
    personA: n.person(), personB: n.person(), personC: n.person(),
    titleA: r.pick(POSITIONS[orgA.kind]), titleB: r.pick(POSITIONS[orgB.kind]), titleA2: r.pick(POSITIONS[orgA.kind]),
    titleP: r.pick(POSITIONS.business), titleP2: r.pick(POSITIONS.business), titleG: r.pick(POSITIONS.government),
    orgA: orgA.name, orgB: orgB.name, gov: `${n.province()[1]}广播电视局`, platform: n.platform(),
    country: r.pick(COUNTRIES), forg: r.pick(FOREIGN_ORGS), ftitle: r.pick(FOREIGN_TITLES), fperson: n.foreignPerson(),
    work: n.work(), work2: n.work(), genre: r.pick(GENRES), doc: n.doc(), event: n.event(), city: n.city(),
    topic, topic2: r.pick(TOPICS.filter((t) => t !== topic)), sector: r.pick(SECTORS), verbphrase: r.pick(VERB_PHRASES),
    story: r.pick(STORIES), date: n.date(), date2: n.date(), year: n.year(), m: r.int(1, 12), q: r.pick(['一', '二', '三', '四']),
    n: r.int(3, 60), n2: r.int(100, 9000), p: (r.int(10, 900) / 10).toFixed(1), p2: r.int(5, 80), money: r.int(2, 3000),
    campaign: `${r.pick(TITLE_A)}${r.pick(['计划', '工程', '行动'])}`,
    agreementShort: r.pick(['战略合作协议', '合作谅解备忘录', '战略合作框架协议']),
  };
  v.filler = filler(r, n, v);
  return v;
}

const ARTICLES = [
  {
    // Meetings with a foreign delegation: one or two per real weekly report, so a lower weight.
    weight: 0.4,
    head: '{personA}会见{country}{forg}{ftitle}',
    body: [
      ['{date}，{orgA}{titleA}{personA}会见来华访问的{country}{forg}{ftitle}{fperson}。', '{date}，{orgA}{titleA}{personA}在京会见{country}{forg}{ftitle}{fperson}一行。', '{date}，{orgA}{titleA}{personA}与{country}{forg}{ftitle}{fperson}举行视频会谈。'],
      '{personA}表示，{filler}双方愿以此次会见为契机，深化{topic}领域交流合作。',
      '{fperson}感谢中方的热情接待，期待在{topic2}等方面开展更多务实合作。',
      ['会谈后，双方签署了《{orgA}与{country}{forg}{topic}合作谅解备忘录》。', '会谈后，{orgA}与{country}{forg}签署了《{topic}合作谅解备忘录》。', '会见后，两国代表交换了合作文本。'],
    ],
  },
  {
    head: '{event}在{city}举行',
    body: [
      ['{date}，{event}在{city}开幕，{orgA}{titleA}{personA}出席并致辞。', '{date}，{event}在{city}举行，{orgA}{titleA}{personA}出席开幕式并发表主旨演讲。', '{date}至{date2}，{event}在{city}举办。'],
      '本届活动由{orgA}主办，{orgB}承办，吸引了来自{n}个国家和地区的{n2}余名嘉宾参会。',
      '{filler}',
      '活动期间，{orgB}发布了《{year}{topic}发展报告》，{personB}、{personC}等{n}位专家围绕{topic}的发展趋势进行了研讨。',
    ],
  },
  {
    head: '{orgA}印发《{doc}》',
    body: [
      ['近日，{orgA}印发《{doc}》，要求各级{sector}进一步{verbphrase}。', '{date}，{orgA}正式发布《{doc}》，自{date2}起施行。', '为{verbphrase}，{orgA}日前出台《{doc}》。'],
      '《{doc}》提出，到{year}年，{topic}治理体系基本健全。{filler}',
      '{orgA}相关负责人表示，{filler}',
    ],
  },
  {
    head: '{genre}《{work}》{date}开播',
    body: [
      ['由{orgA}、{orgB}联合出品的{genre}《{work}》将于{date}在{platform}独家播出，该剧共{n}集。', '{date}，{genre}《{work}》在{platform}上线，首周播放量突破{n2}万。', '{orgA}出品的{genre}《{work}》{date}起在{platform}播出。'],
      ['该片由{personA}执导，{personB}、{personC}主演，讲述了{story}的故事。', '该剧由{personA}担任总导演，{personB}领衔主演，讲述了{story}的故事。'],
      '此前，{orgA}出品的{genre}《{work2}》曾获{event}最佳作品奖。{filler}',
    ],
  },
  {
    head: '{orgA}与{orgB}签署{agreementShort}',
    body: [
      ['{date}，{orgA}与{orgB}在{city}签署{agreementShort}，双方将在{topic}、{topic2}等方面开展深度合作。', '{date}，{orgA}和{orgB}签订{agreementShort}。根据协议，双方将共建{topic}联合实验室。'],
      '{orgA}{titleA}{personA}、{orgB}{titleB}{personB}出席签约仪式并见证签约。',
      '{filler}此外，{orgA}还与{platform}签署了《{topic}合作框架协议》。',
    ],
  },
  {
    head: '{personA}任{orgA}{titleA}',
    body: [
      ['{date}，{orgA}召开干部大会，宣布{personA}同志任{orgA}{titleA}，{personB}同志不再担任{orgA}{titleA2}职务。',
        '{date}，{orgA}召开领导干部会议，宣读任免决定：{personA}任{orgA}{titleA}，免去{personB}的{orgA}{titleA2}职务。'],
      ['{personA}此前担任{orgB}{titleB}，长期从事{topic}相关工作。', '{personA}曾任{orgB}{titleB}、{orgA}{titleA2}等职。'],
    ],
  },
  {
    head: '{platform}发布{year}年业绩公告',
    body: [
      '{date}，{platform}发布{year}年全年业绩公告，营业收入达{money}亿元，同比增长{p}%，其中{topic}业务收入占比{p2}%。',
      '{platform}{titleP}{personA}在接受采访时指出，{filler}',
      '{platform}同时宣布，任命{personB}为{platform}{titleP2}，向{titleP}{personA}汇报。',
    ],
  },
  {
    head: '{orgA}公布第{q}季度优秀作品',
    body: [
      '{date}，{orgA}公布{year}年第{q}季度{topic}优秀作品名单，{genre}《{work}》《{work2}》等{n}部作品入选。',
      '{filler}',
      '据{orgA}统计，截至{year}年{m}月底，全国{topic}用户规模达{p2}亿，同比增长{p}%。',
    ],
  },
  {
    head: '{gov}召开{topic}工作推进会',
    body: [
      ['{date}，{gov}召开{topic}工作推进会，{titleG}{personA}主持会议。', '{date}，{gov}{titleG}{personA}带队赴{city}调研{topic}工作。'],
      '会议指出，{filler}',
      '{gov}启动“{campaign}”专项行动，计划在{n}年内扶持{n2}部{genre}精品。',
    ],
  },
];

const ARTICLE_WEIGHT = ARTICLES.reduce((s, a) => s + (a.weight ?? 1), 0);

function templateArticle(r, n) {
  let x = r() * ARTICLE_WEIGHT;
  let a = ARTICLES[0];
  for (const candidate of ARTICLES) { if (x < (candidate.weight ?? 1)) { a = candidate; break; } x -= candidate.weight ?? 1; }
  const v = cast(r, n);
  const body = [];
  // Paragraphs of 1–3 template sentences, extra fillers sometimes.
  let para = [];
  for (const s of a.body) {
    para.push(fill(Array.isArray(s) ? r.pick(s) : s, v));
    if (r.chance(0.35)) para.push(filler(r, n, v));
    if (para.length >= r.int(1, 3)) { body.push(para.join('')); para = []; }
  }
  if (para.length) body.push(para.join(''));
  return { head: fill(a.head, v), body };
}

// ---------------------------------------------------------------------------------------------------
// Example articles, varied.
// ---------------------------------------------------------------------------------------------------

const SECTION_HEADS = new Set(['要闻', '行业', '内容', '技术', '人事', '研究', '摘要', '政策', '平台', '国际']);
const HEADLINE = (p) => p.length <= 45 && !/[。；]$/.test(p) && !p.includes('\n') && !/^[-◆•]/.test(p);

/** Splits the example reports into articles (headline + body paragraphs); header and footer dropped. */
export function loadExampleArticles(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const articles = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    let current;
    for (const p of paragraphs) {
      if (SECTION_HEADS.has(p) || /^(?:编辑部|责编|复核|注|报|发)：/.test(p) || /^- |^◆|^-$/.test(p)) { current = undefined; continue; }
      if (HEADLINE(p)) { current = { head: p, body: [] }; articles.push(current); continue; }
      if (current) current.body.push(p);
    }
  }
  return articles.filter((a) => a.body.length > 0);
}

const TITLE_WORDS = ['局长', '部长', '书记', '主席', '会长', '总裁', '董事长', '首席执行官', 'CEO', '主任', '台长', '总经理', '司长', '秘书长', '总编辑', '常委', '创始人', '院长', '主播', '导演'];
const SURNAME_CLASS = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES.join('')}])`;
/** A name right after a title word, before a typical verb or punctuation: 局长曹某某会见 → 曹某某. */
const NAME_AFTER_TITLE = new RegExp(`(?:${TITLE_WORDS.join('|')})(${SURNAME_CLASS}[\\p{Script=Han}]{1,2}?)(?=[，。、；：]|会见|表示|指出|强调|出席|接受|宣读|兼任|带领|带队|卸任|就任|谈|提出|介绍|说|在|与|同)`, 'gu');
const NAME_LIST = /^(?:责编|复核|主编|编辑|审核|撰稿)：(.+)$/gmu;
const WORK_TITLE = /《([^《》\n]{1,30})》/gu;
const NOT_WORK = /(?:协议|备忘录|通知|办法|规定|意见|方案|规划|报告|条例|标准|纲要|计划|决定|指南|规范|法|公告|声明|宣言|倡议|细则|目录|名单|白皮书)(?:[（(][^）)]*[）)])?$/u;
const PLACE_ORG = new RegExp(`(${[...PROVINCES.map((p) => p[0]), ...CITIES].join('|')})(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?(网络视听产业协会|网络视听协会|广播电视台|广播电视局|融媒体中心)`, 'gu');

/** Varies one example article for one document: names, titles, organizations, dates, numbers. */
function varyExample(r, n, article, yearShift) {
  const names = new Map();
  const works = new Map();
  const all = [article.head, ...article.body].join('\n\n');
  for (const m of all.matchAll(NAME_AFTER_TITLE)) if (!names.has(m[1])) names.set(m[1], n.person());
  for (const m of all.matchAll(NAME_LIST)) for (const name of m[1].split(/\s+/)) if (name.length >= 2 && name.length <= 3) names.set(name, n.person());
  // Longest first, so 张朝阳 is replaced before a shorter name inside it.
  const nameKeys = [...names.keys()].sort((a, b) => b.length - a.length);
  const vary = (text) => {
    let t = text;
    for (const k of nameKeys) t = t.split(k).join(names.get(k));
    t = t.replace(WORK_TITLE, (whole, inner) => {
      if (NOT_WORK.test(inner)) return whole;
      if (!works.has(inner)) works.set(inner, n.work());
      return `《${works.get(inner)}》`;
    });
    t = t.replace(PLACE_ORG, (_w, _place, _suffix, kind) => {
      const [p, pf] = n.province();
      if (kind === '广播电视台' || kind === '融媒体中心') return r.chance(0.5) ? `${n.city()}${kind === '融媒体中心' ? '市' : ''}${kind}` : `${pf}${kind}`;
      if (kind === '广播电视局') return `${pf}${kind}`;
      return `${p}${kind}`;
    });
    t = t.replace(/(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日/g, (_w, _m, s1, s2, _d, s3) => `${r.int(1, 12)}${s1}月${s2}${r.int(1, 28)}${s3}日`);
    t = t.replace(/(?<![\d.])20([12]\d)(?![\d.])/g, (_w, yy) => String(Math.min(2029, Math.max(2015, 2000 + Number(yy) + yearShift))));
    t = t.replace(/(?<![\d.A-Za-z])(\d{2,3})(?![\d.A-Za-z年]|\s*[月日时届期])/g, (w) => String(r.int(10 ** (w.length - 1), 10 ** w.length - 1)));
    return t;
  };
  return { head: vary(article.head), body: article.body.map(vary) };
}

// ---------------------------------------------------------------------------------------------------
// Documents.
// ---------------------------------------------------------------------------------------------------

/** PDF artefacts: a sentence broken across a blank line, sometimes with the character repeated. */
function pdfBreaks(r, paragraph) {
  if (paragraph.length < 60 || !r.chance(0.3)) return paragraph;
  const at = r.int(30, paragraph.length - 10);
  const ch = paragraph[at];
  if (!/\p{Script=Han}/u.test(ch) || !/\p{Script=Han}/u.test(paragraph[at - 1])) return paragraph;
  const repeat = r.chance(0.3) ? paragraph[at - 1] : '';
  return `${paragraph.slice(0, at)}\n\n${repeat}${paragraph.slice(at)}`;
}

const SECTIONS = ['要闻', '行业', '内容', '技术', '人事', '研究'];

function makeDocument(r, n, examples, targetChars, index) {
  const year = n.year();
  const yearShift = year - 2024;
  const org = r.chance(0.5) ? `${n.province()[0]}网络视听产业协会` : `${n.city()}${n.brand()}研究院`;
  const header = [
    r.pick(['行业动态周报', '网络视听动态', '行业资讯月报', '视听产业观察']), org, `第 ${r.int(1, 600)} 期`,
    `${year} 年 ${r.int(1, 12)} 月 ${r.int(1, 28)} 日`,
  ];
  const articles = [];
  let size = 0;
  while (size < targetChars) {
    // About a sixth of the articles come from the examples (varied); the rest from templates.
    let a;
    if (r.chance(0.15) && examples.length) {
      const base = r.pick(examples);
      // Shuffle paragraphs across documents: sometimes the body borrows a paragraph of another article.
      const body = [...base.body];
      if (r.chance(0.4)) body.splice(r.int(0, body.length), 0, r.pick(r.pick(examples).body));
      a = varyExample(r, n, { head: base.head, body }, yearShift);
    } else {
      a = templateArticle(r, n);
      if (r.chance(0.15) && examples.length) a.body.push(varyExample(r, n, { head: '', body: [r.pick(r.pick(examples).body)] }, yearShift).body[0]);
    }
    articles.push(a);
    size += a.head.length + a.body.reduce((s, p) => s + p.length + 2, 0);
  }
  const sections = r.shuffle(SECTIONS).slice(0, r.int(3, 6));
  const per = Math.ceil(articles.length / sections.length);
  const out = [...header, '摘要', ...articles.slice(0, 6).map((a) => `- ◆${a.head}`), ''];
  sections.forEach((s, i) => {
    const part = articles.slice(i * per, (i + 1) * per);
    if (!part.length) return;
    out.push(s);
    for (const a of part) out.push(a.head, ...a.body.map((p) => pdfBreaks(r, p)));
  });
  out.push(`编辑部：${org} 对外合作部`, `责编：${n.person()} ${n.person()} ${n.person()}`, `注：本刊由公开报道汇编（${index}）。`);
  return `\n\n\n${out.join('\n\n')}\n`;
}

/**
 * Builds documents until their UTF-8 size reaches `bytes`. Document lengths vary like the examples
 * (about 6k–25k characters).
 */
export function buildCorpus({ bytes, seed, examplesDir }) {
  const r = rng(seed);
  const n = makeNames(r);
  const examples = loadExampleArticles(examplesDir);
  const docs = [];
  let total = 0;
  while (total < bytes) {
    const doc = makeDocument(r, n, examples, r.int(6000, 25000), docs.length + 1);
    docs.push(doc);
    total += Buffer.byteLength(doc, 'utf8');
  }
  return { docs, examples: examples.length };
}

/** How much the corpus repeats itself: distinct sentences / sentences (sentences ≥ 8 chars). */
export function repetition(docs) {
  let count = 0;
  const seen = new Set();
  for (const d of docs) {
    for (const s of d.split(/[。！？\n]/)) {
      if (s.length < 8) continue;
      count++;
      seen.add(s);
    }
  }
  return { sentences: count, distinct: seen.size, distinctRatio: count ? seen.size / count : 1 };
}
