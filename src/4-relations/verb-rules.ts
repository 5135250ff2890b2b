import type { ResolvedMention } from '../3-resolve/entities.js';
import { longestSuffix } from '../dictionary/compile.js';
import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { fact, isOrg, isPlatform, sentenceViews, type SentenceView } from './sentence-view.js';

/** The named things of a type in the sentence, each with the organizations named inside its own name. */
function namedWithin(view: SentenceView, type: 'agreement' | 'event'): [ResolvedMention, ResolvedMention[]][] {
  const found: [ResolvedMention, ResolvedMention[]][] = [];
  for (const [id, nested] of view.nested) {
    const thing = view.mentions.find((m) => m.entity.id === id && m.entity.type === type);
    if (thing) found.push([thing, nested.filter(isOrg)]);
  }
  return found;
}

/** Verbs of two people meeting: the parties of a 双方签署 that follows. */
const MEETING = /会见|会谈|会晤/u;

/** The parties named in an agreement's own title sign it (《国家广播电视总局与突尼斯国家广播电台合作协议》). */
export const signedByTitle: RelationRule = {
  name: 'signed-by-title',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    const views = sentenceViews(ctx);
    for (const view of views) {
      for (const [agreement, orgs] of namedWithin(view, 'agreement')) {
        if (/与|和|同/.test(agreement.entity.name)) for (const org of orgs) out.push(fact('signed', org, agreement, view));
      }
      // 双方签署了《…》: the two people of the meeting (会见, 会谈) told a few sentences before, not any two
      // officials nearby (the producer of a series in the paragraph above).
      if (/双方签署|双方签订/.test(view.sentence.text)) {
        const agreement = view.mentions.find((m) => m.entity.type === 'agreement');
        const people = views.slice(Math.max(0, view.index - 6), view.index).reverse()
          .filter((v) => MEETING.test(v.sentence.text))
          .map((v) => [...new Map(v.mentions.filter((m) => m.entity.type === 'official').map((m) => [m.entity.id, m])).values()])
          .find((officials) => officials.length >= 2)?.slice(0, 2) ?? [];
        if (agreement && people.length === 2) for (const p of people) out.push(fact('signed', p, agreement, view));
      }
    }
    return out;
  },
};

/**
 * A document headed by its issuer: 国家广播电视总局关于开展…的通知, 某某局《关于…的意见》. The organization
 * right before a document named 关于… (a space or 《 between at most) issued it.
 */
export const issuedByHeading: RelationRule = {
  name: 'issued-by-heading',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    for (const view of sentenceViews(ctx)) {
      for (const doc of view.mentions) {
        if (doc.entity.type !== 'document' || !ctx.text.startsWith('关于', doc.candidate.start)) continue;
        const issuer = view.actors.find((a) => isOrg(a) && a.candidate.end <= doc.candidate.start && doc.candidate.start - a.candidate.end <= 1
          && /^[\s《]?$/u.test(ctx.text.slice(a.candidate.end, doc.candidate.start)));
        if (issuer) out.push(fact('issued', issuer, doc, view));
      }
    }
    return out;
  },
};

/** An event named after its organizer (2025年百度世界大会, 网易有道“子曰”…交流会) is organized by it. */
export const organizedByName: RelationRule = {
  name: 'organized-by-name',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    for (const view of sentenceViews(ctx)) {
      for (const [event, orgs] of namedWithin(view, 'event')) {
        const lead = ctx.text.slice(event.candidate.start, event.candidate.end).replace(ctx.dictionary.editionLead, '');
        const offset = event.candidate.end - event.candidate.start - lead.length;
        const organizer = orgs.find((n) => n.candidate.start === event.candidate.start + offset);
        if (organizer) out.push(fact('organized', organizer, event, view));
      }
    }
    return out;
  },
};

/** Platform-before-title shorthand: 芒果TV：电视剧《时光正好》开播 / 中央广播电视总台《乐龄读书会》, and a title opening with the platform (《东方卫视·跨年晚会》). */
export const broadcastShorthand: RelationRule = {
  name: 'broadcast-shorthand',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    for (const view of sentenceViews(ctx)) {
      for (const work of view.mentions.filter((m) => m.entity.type === 'work')) {
        const open = work.candidate.start - 1;
        // 湖南卫视《…》, 腾讯视频独播剧《…》: a broadcaster or platform right before the title, or before 独播 / 自制 and a genre.
        const adjacent = view.actors.find((a) => isOrg(a) && a.candidate.end <= open && /broadcaster|platform|foreign_media/.test(a.entity.subtype ?? '')
          && (a.candidate.end === open || ctx.dictionary.exclusiveTitle.test(ctx.text.slice(a.candidate.end, open))));
        if (adjacent) out.push(fact('broadcast', adjacent, work, view));
        // A show named after its channel, ending in a kind of work (《东方卫视·跨年晚会》), is that channel's; a
        // book named so (《中央电视台年鉴》) is not.
        const kind = longestSuffix(work.entity.name, ctx.dictionary.workCues)?.value;
        const owner = kind && kind !== 'book'
          ? view.nested.get(work.entity.id)?.find((n) => isPlatform(n) && n.candidate.start === work.candidate.start) : undefined;
        if (owner) out.push(fact('broadcast', owner, work, view));
      }
      // A headline led by a platform: 优酷：网剧《墨雨云间》开播.
      const lead = /^([^：:]{2,12})[：:]/u.exec(view.sentence.text);
      if (!lead) continue;
      const org = view.actors.find((a) => isPlatform(a) && a.candidate.start === view.sentence.start && a.candidate.end === view.sentence.start + lead[1]!.length);
      if (!org) continue;
      for (const segment of view.sentence.text.split(/[|｜]/)) {
        if (!/开播|将播|上线|首播|播出/.test(segment)) continue;
        const segStart = view.sentence.start + view.sentence.text.indexOf(segment);
        for (const work of view.mentions.filter((m) => m.entity.type === 'work' && m.candidate.start >= segStart && m.candidate.end <= segStart + segment.length)) {
          out.push(fact('broadcast', org, work, view));
        }
      }
    }
    return out;
  },
};

export type { SentenceView };
