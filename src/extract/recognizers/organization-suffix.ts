import { longestSuffix } from '../../dictionary/compile.js';
import type { Token } from '../../types.js';
import type { Candidate, Recognizer, RecognizerContext } from '../recognizer.js';

const MAX_NAME = 26;
/** Words that end a name on their left: function words and the predicates news puts before a name. */
const STOP_WORDS = new Set([
  '的', '在', '由', '和', '与', '及', '及其', '以及', '或', '对', '为', '将', '是', '了', '等', '于', '从', '向', '把', '被', '让', '给', '并',
  '也', '都', '已', '就', '由于', '据', '经', '其', '旗下', '下属', '所属', '全资', '子公司', '全资子公司', '控股', '同', '跟', '至', '到',
  '召开', '举办', '举行', '主办', '承办', '发布', '印发', '宣布', '成立', '会见', '签署', '出席', '表示', '加入', '任命', '兼任', '担任', '任',
  '推出', '开展', '联合', '携手', '共同', '来自', '通过', '包括', '如', '即', '成为', '作为', '组织', '率团', '访问', '前往', '会同', '指导', '出品',
  '上线', '开播', '播出', '登陆', '首播', '支持', '参加', '参与', '带领', '带队', '代表', '担当', '当选', '接受', '获得', '获', '位列', '报告', '显示',
  '近日', '日前', '今天', '昨日', '目前', '此外', '同时', '随后', '期间', '当地时间', '消息', '称', '说', '指出', '强调', '认为', '透露',
]);
/** Modifiers that make a suffix phrase generic (各级广播电视台, 有关部门, 该公司) rather than a name. */
const GENERIC_HEAD = /^(?:该|本|这|那|各|其|此|每|某|全体|有关|相关|主管|监管|省级|市级|县级|县区级|地方|基层|上级|下级|多家|多个|一家|一些|我|你|他|她|其他|其它|所有|上述|同类|国内外|海内外|境内外|中外|国外|国内|全国各|全球各|全国性|地方性|新型|主流)/u;
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'eng', 'j', 'x']);
const isHan = (s: string) => /\p{Script=Han}/u.test(s);
const isNameChar = (s: string) => /^[\p{Script=Han}A-Za-z0-9·\-+&]+$/u.test(s);

/**
 * Unseen organizations by their ending (…局, …委员会, …协会, …集团, …有限公司, …电视台, …研究院, …频道):
 * the suffix must start at a token boundary (so 格局 is not a 局), and the name extends left over name
 * words up to a function word, a predicate or punctuation. The part before the suffix must carry
 * something proper (a place, a known organization, a Latin word, a proper-noun tag) or be long enough
 * to be specific, or be followed by a title (手机部总裁).
 */
export const organizationSuffix: Recognizer = {
  name: 'organization-suffix',
  recognize(ctx: RecognizerContext): Candidate[] {
    const { text, tokens, dictionary: dict } = ctx;
    const out: Candidate[] = [];
    const known = ctx.candidates.filter((c) => c.kind === 'organization' && !c.shortForm);
    const places = ctx.candidates.filter((c) => c.kind === 'place');
    const titles = ctx.candidates.filter((c) => c.kind === 'title');
    for (let ti = 0; ti < tokens.length; ti++) {
      const tok = tokens[ti]!;
      const end = tok.end;
      const window = text.slice(Math.max(0, end - 8), end);
      const suffix = longestSuffix(window, dict.organizationSuffixes);
      if (!suffix) continue;
      const suffixStart = end - suffix.cue.length;
      if (!ctx.tokenStartingAt.has(suffixStart)) continue;
      // The suffix itself may be a dictionary organization ending here; a longer name is still welcome.
      let start = suffixStart;
      let k = ctx.tokenStartingAt.get(suffixStart)! - 1;
      while (k >= 0) {
        const t = tokens[k]!;
        if (t.end !== start) break; // a gap (dropped whitespace) ends the name
        if (!isNameChar(t.word) || STOP_WORDS.has(t.word) || dict.notNames.has(t.word)) break;
        if (dict.titleKind.has(t.word)) break;
        if (end - t.start > MAX_NAME) break;
        start = t.start;
        k--;
      }
      if (start === suffixStart) continue;
      const name = text.slice(start, end);
      const core = text.slice(start, suffixStart);
      if (dict.generic.has(name) || GENERIC_HEAD.test(core) || /^[\d.]+$/.test(core) && !/频道|台$/.test(suffix.cue)) continue;
      const inside = (c: Candidate) => c.start >= start && c.end <= suffixStart;
      const coreTokens = tokens.slice(k + 1, ctx.tokenStartingAt.get(suffixStart)!);
      const knownInside = known.find((c) => c.start === start && c.end <= suffixStart) ?? known.find(inside);
      const placeInside = places.find(inside);
      const proper = coreTokens.some((t: Token) => PROPER_TAGS.has(t.tag) && isNameChar(t.word)) || /[A-Za-z0-9]/.test(core);
      const hanLength = [...core].filter(isHan).length;
      const titled = titles.some((c) => c.start === end);
      if (!(knownInside || placeInside || proper || hanLength >= 4 || titled)) continue;
      let subtype = suffix.value;
      const foreign = placeInside && placeInside.subtype === 'country' && !/^中国|^中华/.test(placeInside.name);
      if (foreign && subtype === 'government') subtype = 'foreign_government';
      if (foreign && subtype === 'broadcaster') subtype = 'foreign_media';
      if (knownInside && knownInside.start === start && knownInside.subtype && subtype === 'government' && knownInside.subtype !== 'government') subtype = knownInside.subtype;
      out.push({
        kind: 'organization', start, end, name, subtype,
        parent: knownInside && knownInside.start === start ? knownInside.name : undefined,
        priority: knownInside ? 11 : 6, by: this.name,
      });
    }
    return out;
  },
};
