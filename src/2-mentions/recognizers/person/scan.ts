import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { gapBefore, pastHonorific } from '../../appointment.js';
import { Coverage } from '../../span-index.js';
import type { CompiledDictionary } from '../../../dictionary/compile.js';
import {
  chineseNameAt, foreignNameAt, FUNCTION_CHARS, HONORIFIC_ONLY, indexTokens, japaneseNameAt, MIDDLE_DOT, NAME_BREAK, nameBefore, NON_FINAL, transliterationTail, type NameSpan, type TokenIndex,
} from '../person-names.js';

/** A rule of the person recognizer: it reads the text and pushes the people it finds onto the scan. */
export type PersonRule = (scan: PersonScan) => void;

/**
 * One reading of a text for people, shared by the person rules in their order: what earlier
 * recognizers marked (organizations, titles, works: no name inside them), the people found so far (later
 * rules read them: a second name, a list) and the name models every rule uses.
 */
export class PersonScan {
  readonly text: string;
  readonly dict: CompiledDictionary;
  readonly tokens: TokenIndex;
  /** What the rules found, in the order found: the recognizer's candidates. */
  readonly out: Candidate[] = [];
  /** Where the titles found before start (a name starting there is the title's, not a person's). */
  readonly titleStarts = new Set<number>();
  /** The spans of the people pushed so far: some rules only fill in where no rule before them named anyone. */
  readonly named: Coverage;
  /** Organizations named in full, titles, events, works, documents, agreements: no person is named inside one. */
  private readonly taken: Coverage;

  constructor(readonly ctx: RecognizerContext, readonly by: string) {
    this.text = ctx.text;
    this.dict = ctx.dictionary;
    this.tokens = indexTokens(ctx);
    this.taken = new Coverage(this.text.length);
    this.named = new Coverage(this.text.length);
    for (const c of ctx.candidates) {
      if ((c.kind === 'organization' && !c.shortForm) || c.kind === 'title' || c.kind === 'event' || c.kind === 'work' || c.kind === 'document' || c.kind === 'agreement') this.taken.mark(c.start, c.end);
      if (c.kind === 'title') this.titleStarts.add(c.start);
    }
  }

  /**
   * Adds a person: an `official` when `titled` (a title, a post, a credit), else a `person`; a
   * character of a plot synopsis is always a `person`. `credited`: named for a part in the work a
   * synopsis is about (该片由…执导，讲述了…), so no character of it.
   */
  push(s: NameSpan, titled: boolean, subtype?: string, credited = false): void {
    const { text, dict } = this;
    const name = text.slice(s.start, s.end);
    if (dict.notNames.has(name) || dict.generic.has(name) || dict.places.has(name) || dict.titleKind.has(name) || HONORIFIC_ONLY.test(name)) return;
    if (this.taken.overlaps(s.start, s.end)) return;
    // Only a titled name can be demoted by a synopsis: an untitled one is a person either way (no sentence scan for it).
    const synopsis = titled && !credited && dict.synopsis.test(this.ctx.sentenceAt(s.start)?.text ?? '');
    this.named.mark(s.start, s.end);
    this.out.push({ kind: titled && !synopsis ? 'official' : 'person', start: s.start, end: s.end, name, subtype, priority: titled ? 8 : 3, by: this.by });
  }

  /** The name starting at `at`: a Chinese one, or (where `foreignOk`) a Japanese one or a transliteration that reads on past it. */
  nameAt(at: number, foreignOk: boolean): NameSpan | undefined {
    const s = this.nameModelAt(at, foreignOk);
    // A middle dot marks a foreign name wherever a name is read, after a media title too.
    const dotted = this.dottedNameAt(at);
    return dotted && (!s || dotted.end > s.end) ? dotted : s;
  }

  /**
   * 拿督阿兹曼·哈希姆: a foreign name whose given part (two to five characters, what jieba made of it aside:
   * 拿督阿/兹曼) runs from `at` to a middle dot, its family name after the dot.
   */
  private dottedNameAt(at: number): NameSpan | undefined {
    const { text } = this;
    for (let dot = at + 2; dot <= at + 5; dot++) {
      if (!MIDDLE_DOT.test(text[dot] ?? '')) continue;
      const given = text.slice(at, dot);
      if (!/^\p{Script=Han}+$/u.test(given) || [...given].some((c) => NAME_BREAK.has(c) || FUNCTION_CHARS.has(c))) return undefined;
      const after = foreignNameAt(text, dot + 1, this.tokens, this.dict);
      return after ? { start: at, end: after.end } : undefined;
    }
    return undefined;
  }

  /** The name the models read at `at`: a Chinese one, a Japanese one, or a transliteration. */
  private nameModelAt(at: number, foreignOk: boolean): NameSpan | undefined {
    const { text, dict, tokens } = this;
    const jp = foreignOk ? japaneseNameAt(text, at, dict) : undefined;
    if (jp) return jp;
    const zh = chineseNameAt(text, at, dict, tokens);
    const fr = foreignOk ? foreignNameAt(text, at, tokens, dict) : undefined;
    // 阿马杜·库里巴利, 穆罕默德: a transliteration runs past where a Chinese name would end.
    if (fr && (!zh || (fr.end > zh.end && fr.end - fr.start <= 10 && (MIDDLE_DOT.test(text.slice(fr.start, fr.end)) || (tokens.startingAt(at)?.word.length ?? 0) >= 4 || tokens.startingAt(at)?.tag === 'nrt')))) return fr;
    // 谢尔|巴科夫斯基: a transliteration read as a Chinese name and cut short goes on to its tail.
    const tail = zh && foreignOk ? transliterationTail(text, zh.end, dict, tokens) : undefined;
    return tail && zh && tail > zh.end ? { start: zh.start, end: tail } : zh;
  }

  /**
   * The name from `at` that ends right before `stop` (a 为, 的 or 同志 that closes it): 接任周华立为… where jieba
   * read 张华 alone. The name model's own name when it ends there; else a Chinese name one given character
   * short of it, read on to `stop` (a surname and at most two given characters, none a function word).
   */
  nameUpTo(at: number, stop: number): NameSpan | undefined {
    const s = this.nameAt(at, true);
    if (!s || s.end === stop) return s;
    const zh = chineseNameAt(this.text, at, this.dict, this.tokens);
    const last = this.text[stop - 1] ?? '';
    if (zh?.end !== stop - 1 || stop - at > 3 || !/\p{Script=Han}/u.test(last) || NON_FINAL.has(last)) return undefined;
    return { start: at, end: stop };
  }

  /** The name of two to four characters from `at` that ends at the first stop `closes` accepts (王海涛|为, 王海涛|的). */
  nameClosedAt(at: number, closes: (stop: number) => boolean): NameSpan | undefined {
    for (let stop = at + 2; stop <= at + 4; stop++) if (closes(stop)) return this.nameUpTo(at, stop);
    return undefined;
  }

  /** Where the words of address after a name end (王海涛同志 → after 同志), else `at`. */
  pastHonorific(at: number): number {
    return pastHonorific(this.dict, this.text, at);
  }

  /** The name before a predicate at `at`. 王海涛已正式出任…, 王海涛于2019年任…: adverbs or a date may stand between the two. */
  nameBeforePredicate(at: number): NameSpan | undefined {
    at = pastAlias(this.text, at);
    const gapStart = gapBefore(this.dict, this.text, at);
    return (gapStart < at ? nameBefore(this.ctx, gapStart, this.tokens) : undefined) ?? nameBefore(this.ctx, at, this.tokens);
  }
}

/** A name's Latin alias in brackets (王立娟（Anna）): no word of the name's own. */
const ALIAS_BEFORE = /[（(][A-Za-z][A-Za-z .'-]{0,19}[）)]$/u;

/** Where a bracketed Latin alias that ends at `at` starts (韩立杰（Jeff）|担任 → 韩立杰|), else `at`. */
function pastAlias(text: string, at: number): number {
  const m = ALIAS_BEFORE.exec(text.slice(Math.max(0, at - 22), at));
  return m ? at - m[0].length : at;
}
