import type { ResolvedMention } from '../3-resolve/entities.js';
import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { fact, isPlatform, sentenceViews, type SentenceView } from './sentence-view.js';

/** The platform named before the slate word of the sentence (湖南卫视发布了…片单, 抖音2024春节档…片单), if any. */
function slateIssuer(ctx: RelationContext, view: SentenceView): ResolvedMention | undefined {
  const word = ctx.dictionary.slateWord.exec(view.sentence.text);
  if (!word) return undefined;
  const at = view.sentence.start + word.index;
  return view.actors.filter((a) => isPlatform(a) && a.candidate.end <= at).at(-1);
}

/** The works of the sentence that the slate lists: not the source one is adapted from (《甲》改编自小说《乙》). */
function listedWorks(ctx: RelationContext, view: SentenceView): ResolvedMention[] {
  const works = view.mentions.filter((m) => m.entity.type === 'work');
  return works.filter((w, i) => {
    const from = i > 0 ? works[i - 1]!.candidate.end : view.sentence.start;
    return !ctx.dictionary.adaptedFrom.test(ctx.text.slice(from, w.candidate.start));
  });
}

/**
 * Works announced in a slate are broadcast by its platform (SCHEMA: works announced or listed by a
 * platform): 优酷发布2023片单。《甲》《乙》等大剧… From the sentence that names a platform's slate to the
 * end of the text (or the next slate), every work listed, except in a sentence that leaves it out
 * (《甲》并不在列) or names another platform (《甲》已在B站热播: that one's).
 */
export const slateBroadcast: RelationRule = {
  name: 'slate-broadcast',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    let issuer: ResolvedMention | undefined;
    for (const view of sentenceViews(ctx)) {
      issuer = slateIssuer(ctx, view) ?? issuer;
      if (!issuer || ctx.dictionary.leftOut.test(view.sentence.text)) continue;
      const platform = issuer.entity.id;
      if (view.actors.some((a) => isPlatform(a) && a.entity.id !== platform)) continue;
      for (const work of listedWorks(ctx, view)) out.push(fact('broadcast', issuer, work, view));
    }
    return out;
  },
};
