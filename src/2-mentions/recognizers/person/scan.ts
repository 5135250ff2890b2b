import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { gapBefore } from '../../appointment.js';
import { Coverage } from '../../span-index.js';
import type { CompiledDictionary } from '../../../dictionary/compile.js';
import {
  chineseNameAt, foreignNameAt, HONORIFIC_ONLY, indexTokens, MIDDLE_DOT, nameBefore, type NameSpan, type TokenIndex,
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

  /** The name starting at `at`: a Chinese one, or (where `foreignOk`) a transliteration that reads on past it. */
  nameAt(at: number, foreignOk: boolean): NameSpan | undefined {
    const { text, dict, tokens } = this;
    const zh = chineseNameAt(text, at, dict, tokens);
    const fr = foreignOk ? foreignNameAt(text, at, tokens, dict) : undefined;
    // 阿马杜·库里巴利, 穆罕默德: a transliteration runs past where a Chinese name would end.
    if (fr && (!zh || (fr.end > zh.end && fr.end - fr.start <= 10 && (MIDDLE_DOT.test(text.slice(fr.start, fr.end)) || (tokens.startingAt(at)?.word.length ?? 0) >= 4 || tokens.startingAt(at)?.tag === 'nrt')))) return fr;
    return zh;
  }

  /** The name before a predicate at `at`. 王海涛已正式出任…, 王海涛于2019年任…: adverbs or a date may stand between the two. */
  nameBeforePredicate(at: number): NameSpan | undefined {
    const gapStart = gapBefore(this.dict, this.text, at);
    return (gapStart < at ? nameBefore(this.ctx, gapStart, this.tokens) : undefined) ?? nameBefore(this.ctx, at, this.tokens);
  }
}
