import type { ResolvedMention } from '../3-resolve/entities.js';
import type { Sentence } from '../types.js';
import { resolveDate } from '../1-segment/document-meta.js';
import type { RelationCandidate, RelationContext } from './index.js';

/** The mentions of one sentence, in order, with actors (organizations, people) apart from named things. */
export interface SentenceView {
  sentence: Sentence;
  index: number;
  mentions: ResolvedMention[];
  /** Organizations and officials not nested inside a title (the 总局 inside 《…总局与…协议》 is no actor). */
  actors: ResolvedMention[];
  /** The organizations nested inside a title of this sentence, by the title's entity id. */
  nested: Map<string, ResolvedMention[]>;
  date?: string;
}

/** The types named by a title of their own (《…》, “…”): no actors of a sentence. */
export const TITLE_TYPES = new Set(['work', 'document', 'agreement', 'event']);

/** A sentence's own date (9月2日, 2024年9月2日). */
const OWN_DATE = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/;

const cache = new WeakMap<object, SentenceView[]>();

/**
 * Splits the resolved mentions by sentence in one sweep (mentions and sentences are both in text
 * order), once per document: every rule asks for the same views.
 */
export function sentenceViews(ctx: RelationContext): SentenceView[] {
  const cached = cache.get(ctx.resolution);
  if (cached) return cached;
  const all = ctx.resolution.mentions;
  let lastDate: string | undefined;
  let cursor = 0;
  const views = ctx.sentences.map((sentence, index) => {
    while (cursor < all.length && all[cursor]!.candidate.start < sentence.start) cursor++;
    const mentions: ResolvedMention[] = [];
    for (let i = cursor; i < all.length && all[i]!.candidate.start < sentence.end; i++) if (all[i]!.candidate.end <= sentence.end) mentions.push(all[i]!);
    const titles = mentions.filter((m) => TITLE_TYPES.has(m.entity.type));
    const nested = new Map<string, ResolvedMention[]>();
    const actors: ResolvedMention[] = [];
    for (const m of mentions) {
      if (TITLE_TYPES.has(m.entity.type)) continue;
      const host = titles.find((t) => t.candidate.start <= m.candidate.start && m.candidate.end <= t.candidate.end);
      if (host) nested.set(host.entity.id, [...(nested.get(host.entity.id) ?? []), m]);
      else actors.push(m);
    }
    // A paragraph's leading date (9月2日，…) dates the sentences after it until the next date.
    // Most sentences write no 月: the date pattern is tried only on those that do.
    const own = sentence.text.includes('月') ? OWN_DATE.exec(sentence.text) : null;
    if (own) lastDate = resolveDate(own[0], ctx.date);
    else if (index > 0 && ctx.text.slice(ctx.sentences[index - 1]!.end, sentence.start).includes('\n')) lastDate = undefined;
    return { sentence, index, mentions, actors, nested, date: lastDate };
  });
  cache.set(ctx.resolution, views);
  return views;
}

/** Text of the sentence between two offsets of the normalised text. */
export const between = (ctx: RelationContext, a: number, b: number): string => ctx.text.slice(Math.min(a, b), Math.max(a, b));

export const isOrg = (m: ResolvedMention) => m.entity.type === 'organization';
/** A broadcaster or a platform: what airs works. */
export const isPlatform = (m: ResolvedMention) => isOrg(m) && /broadcaster|platform/.test(m.entity.subtype ?? '');
export const isPerson = (m: ResolvedMention) => m.entity.type === 'official' || m.entity.type === 'person';

/** A relation stated by the sentence of `view`, dated like it. */
export function fact(type: RelationCandidate['type'], source: ResolvedMention, target: ResolvedMention, view: SentenceView, extra: Partial<RelationCandidate> = {}): RelationCandidate {
  return { type, source, target, sentence: view.sentence, ...(view.date ? { date: view.date } : {}), ...extra };
}
