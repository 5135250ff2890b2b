import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Lexicon } from '../1-segment/lexicon.js';
import type { NormalizedText } from '../1-segment/normalize.js';
import type { EntityType, Sentence, Token } from '../types.js';

/**
 * What recognizers produce: a typed span of the NORMALISED text. `title` and `place` are internal
 * kinds: they never become entities but relation rules read them (title chains, countries).
 */
export type CandidateKind = EntityType | 'title' | 'place';

export interface Candidate {
  kind: CandidateKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** Canonical name when known (dictionary entry, cleaned title); else the surface text. */
  name: string;
  subtype?: string;
  /** Higher wins when two candidates of one layer overlap; ties go to the longer span. */
  priority: number;
  /** Name of the recognizer that found it (debugging, provenance). */
  by: string;
  /** A short or ambiguous form: it joins an entity named in full elsewhere, never founds one alone. */
  shortForm?: boolean;
  /** Canonical parent organization (dictionary `parent`, or the organization a sub-unit was named under). */
  parent?: string;
  /**
   * The parent's own mention where it begins this name, when the text glued a unit to it (山西省民政厅 of
   * 山西省民政厅社会组织管理局): it stays a mention of the parent when this longer name wins the overlap.
   */
  parentMention?: Candidate;
  /** A unit named by its function alone (手机部, 国际业务部): it belongs to an organization the sentence names. */
  unit?: boolean;
  /**
   * An agreement described by its two signing parties (A与B签署合作协议 → A与B合作协议), as a short form:
   * it joins the agreement the document names in full with both parties in its name, else stands under the described name.
   */
  parties?: readonly [string, string];
}

/** Everything a recognizer may read. Built once per document; recognizers must not mutate it. */
export interface RecognizerContext {
  /** Normalised text (PDF breaks joined); offsets of candidates point here. */
  readonly text: string;
  readonly normalized: NormalizedText;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly dictionary: CompiledDictionary;
  /** What a word is for this extractor (`isWord`, `posTag`): jieba's shared dictionary plus the extractor's own words. */
  readonly lexicon: Lexicon;
  /** Candidates found by the recognizers that ran before this one. */
  readonly candidates: readonly Candidate[];
  /** The sentence containing a text offset (binary search). */
  sentenceAt(offset: number): Sentence | undefined;
  /** Index of the token starting at / ending at a text offset. */
  readonly tokenStartingAt: ReadonlyMap<number, number>;
  readonly tokenEndingAt: ReadonlyMap<number, number>;
}

/**
 * A recognizer is a plug-in: a name and a function from the context to candidates. Register your own
 * with `createExtractor({ recognizers: [...defaultRecognizers, mine] })`; they run in array order.
 */
export interface Recognizer {
  name: string;
  recognize(ctx: RecognizerContext): Candidate[];
}
