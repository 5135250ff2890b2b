import { extendLeft, type ExtendOptions } from '../../phrase.js';
import type { SpanIndex } from '../../span-index.js';
import type { Candidate, RecognizerContext } from '../../recognizer.js';
import { marked } from './head-word.js';

/**
 * The start of an event's name that holds a noun extendLeft stops at (2026网络视听年度代表人物发布仪式: 代表,
 * a word that ends names since it is also a verb and a title). Inside a long name it is a plain noun: only
 * when jieba tags it a noun, the name went on after it (代表|人物) and the part before it is marked as a name
 * (a year, an edition, quotes, a body) is the name taken past it; `start` is returned unchanged otherwise.
 */
export function stopNounStart(ctx: RecognizerContext, names: SpanIndex<Candidate>, start: number, headStart: number, opts: ExtendOptions): number {
  if (start >= headStart) return start;
  const { dictionary: dict } = ctx;
  const noun = ctx.tokens[ctx.tokenEndingAt.get(start) ?? -1];
  if (!noun || noun.tag !== 'n' || noun.word.length < 2) return start;
  if (!dict.nameStopWords.has(noun.word) && !dict.notNames.has(noun.word) && !dict.titleKind.has(noun.word)) return start;
  const before = extendLeft(ctx, noun.start, opts);
  return before < noun.start && marked(ctx, names, before, noun.start) ? before : start;
}
