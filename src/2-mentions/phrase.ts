import type { Token } from '../types.js';
import type { RecognizerContext } from './recognizer.js';
import { firstStartingFrom } from './span-index.js';


/** Part-of-speech tags that never sit inside a name (verbs, adverbs, pronouns, prepositions, particles …). */
const STOP_TAGS = /^(?:v|vd|d|r|p|c|u|uj|ul|uz|ug|ud|uv|y|e|o|zg|f|ad)$/;

export interface ExtendOptions {
  /** Include a year or an edition (2024年, 第十三届) at the front: event and document names have them. */
  allowYear?: boolean;
  /** Include “quoted” segments and 《titles》 whole (网易有道“子曰”教育大模型媒体交流会, 电视剧《幸福草》创作座谈会). */
  allowQuotes?: boolean;
  /** Longest name, in characters. */
  maxLength?: number;
  /** Let 和 join two nouns inside the name (文化文史和学习委员会). */
  allowAnd?: boolean;
  /** Offsets the name may not reach back past (the end of an earlier entity, …). */
  floor?: number;
  /** Keep a word jieba guessed right before the head (星展|银行): for company endings it is the brand. */
  guessedHead?: boolean;
}

const isNameWord = (w: string) => /^[\p{Script=Han}A-Za-z0-9·\-+&.]+$/u.test(w);

/** Whether the tokens from index `i` up to offset `end` are all nouns (none at all counts). */
function nounsUpTo(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < tokens.length && tokens[k]!.start < end; k++) if (!/^(?:n|nz|vn)$/.test(tokens[k]!.tag)) return false;
  return true;
}

/**
 * Extends a name leftwards from `start` (the start of its head word: 协会, 论坛, 计划 …) over name words,
 * stopping at punctuation, function words, predicates and verbs. Then trims from the left what cannot
 * begin a name (a verb, an adverb, a measure phrase). Returns the new start.
 */
export function extendLeft(ctx: RecognizerContext, start: number, opts: ExtendOptions = {}): number {
  const { text, tokens, dictionary: dict } = ctx;
  const maxLength = opts.maxLength ?? 26;
  const end = start;
  let k = (ctx.tokenStartingAt.get(start) ?? firstStartingFrom(ctx.tokens, start)) - 1;
  let at = start;
  while (k >= 0) {
    const t: Token = tokens[k]!;
    if (t.end !== at) {
      // A single space between Latin words of one name is fine (Valor Equity Partners); elsewhere a gap ends the name.
      if (!(text.slice(t.end, at) === ' ' && /[A-Za-z]$/.test(t.word))) break;
    }
    if (opts.floor !== undefined && t.start < opts.floor) break;
    const closer = t.word.at(-1);
    if (opts.allowQuotes && (closer === '”' || closer === '》' || closer === '）') && t.word.length === 1) {
      const window = text.slice(Math.max(0, t.start - 31), t.start);
      const found = window.lastIndexOf(closer === '”' ? '“' : closer === '》' ? '《' : '（');
      const open = found < 0 ? -1 : t.start - window.length + found;
      if (open < 0 || t.start - open > 30 || /[。；\n]/.test(text.slice(open, t.start))) break;
      at = open;
      k = (ctx.tokenStartingAt.get(open) ?? firstStartingFrom(tokens, open)) - 1;
      continue;
    }
    const word = t.word;
    // AI for Good: spaces between Latin words belong to the name.
    if (word === ' ' && /[A-Za-z]$/.test(tokens[k - 1]?.word ?? '') && /^[A-Za-z]/.test(tokens[k + 1]?.word ?? '')) { at = t.start; k--; continue; }
    // 中国—东盟视听周: one dash between two places (or bodies of places: 东盟) joins them inside the name.
    const placesJoined = word === '—' && /^(?:ns|nt)$/.test(tokens[k - 1]?.tag ?? '') && /^(?:ns|nt)$/.test(tokens[k + 1]?.tag ?? '');
    if (placesJoined) { at = t.start; k--; continue; }
    if (!isNameWord(word)) break;
    // 王立志|任知秋|数字媒体研究院: a guess that glued 任 (takes the post of) to the name after a person's name,
    // or after the adverb or date between them (王立志|已|任知秋…, 王立志于2019|年|任知秋…).
    if (t.tag === 'x' && word.length >= 3 && word[0] === '任' && /^(?:nr|d|t|m)/.test(tokens[k - 1]?.tag ?? '')) { at = t.start + 1; break; }
    // 广播电视和网络视听行业标准: a coordinating 和 between two nouns stays inside a long name.
    const coordinated = (opts.allowYear || opts.allowAnd) && (word === '和' || word === '与') && /^(?:n|nz|vn|nt|ns)$/.test(tokens[k - 1]?.tag ?? '') && /^(?:n|nz|vn)$/.test(tokens[k + 1]?.tag ?? '');
    if (!coordinated && (dict.nameStopWords.has(word) || dict.notNames.has(word) || dict.titleKind.has(word))) break;
    // Inside long names (events, documents) verbs occur (创新创业大赛, 扶持计划); they are trimmed off the front below.
    const innerVerb = opts.allowYear && /^v/.test(t.tag) && word.length >= 2;
    if (!coordinated && !innerVerb && STOP_TAGS.test(t.tag) && !dict.organizationBySurface.has(word.toLowerCase())) break;
    // 2020春夏内容招商会: a season right after a year belongs to it.
    const year = dict.yearish.test(word) || ((word === '年' || word === '年度') && /^\d{2,4}$/.test(tokens[k - 1]?.word ?? ''))
      || (t.tag === 't' && /^\d{4}年?$/.test(tokens[k - 1]?.word ?? ''));
    if ((t.tag === 'm' || t.tag === 'q' || t.tag === 't' || t.tag === 'mq') && !(opts.allowYear && year)) break;
    if (end - t.start > maxLength) break;
    at = t.start;
    k--;
  }
  // What cannot begin a name: a verb, an adverb, a distinguishing word (新一届), an unknown glued chunk (愿以).
  let first = ctx.tokenStartingAt.get(at);
  while (first !== undefined && at < end) {
    const t = tokens[first]!;
    const next = tokens[first + 1];
    if (!next || next.start > end) break;
    const lead = /^(?:v|vd|d|b|ad|zg)$/.test(t.tag) || (t.tag === 'a' && t.word.length > 1) || (t.tag === 'x' && /^\p{Script=Han}+$/u.test(t.word) && !dict.organizationBySurface.has(t.word))
      // 预期中信银行: a verbal noun before a proper name is the sentence's, not the name's.
      || (t.tag === 'vn' && /^(?:ns|nt|nz|nr|j|eng)$/.test(next.tag));
    if (!lead || dict.organizationBySurface.has(t.word.toLowerCase())) break;
    // A brand jieba guessed, right before the head or before nouns that lead to it (云帆|网络科技|股份有限公司);
    // not a chunk of verb and preposition (愿以|科技有限公司): a preposition or 任 at the end of a guessed chunk
    // (愿以, 将与, 徐琳敏任, the grammar's gluedChunkEnds) makes the chunk part of the sentence, not of a name.
    if (opts.guessedHead && t.tag === 'x' && t.word.length >= 2 && !dict.nameStopWords.has(t.word[0]!) && !dict.predicates.has(t.word[0]!)
      && (t.end === end || (!dict.gluedChunkEnds.has(t.word.at(-1)!) && nounsUpTo(tokens, first + 1, end)))) break;
    at = next.start;
    first++;
  }
  return at;
}
