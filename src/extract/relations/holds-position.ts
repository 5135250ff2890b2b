import type { ResolvedMention } from '../../resolve/entities.js';
import type { Candidate } from '../recognizer.js';
import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { sentenceViews } from './sentence-view.js';

/** What may stand between the elements of a title chain: 、 ， 兼 和 a space. */
const SEPARATOR = /^(?:、|，|,|兼|和|及| |　|)$/u;
/** Bare references to an organization named before (集团总裁, 公司董事长). */
const BARE_ORG = /(?:集团|公司|总局|协会|总台)$/u;
const FORMER = /卸任|不再担任|原任|前任|曾任|辞去|离任/u;

interface ChainElement { title: Candidate; org?: ResolvedMention }

/**
 * holds_position from title chains: 中央宣传部副部长，国家广播电视总局党组书记、局长曹淑敏 gives three
 * positions at two organizations (a title without its own organization takes the one on its left);
 * X同志任省委宣传部部长 and 兼任手机部总裁 give positions to the right of the name; a bare 集团 or 局长
 * refers back to the organization named before.
 */
export const holdsPosition: RelationRule = {
  name: 'holds-position',
  extract(ctx: RelationContext): RelationCandidate[] {
    const out: RelationCandidate[] = [];
    const titles = ctx.kept.filter((c) => c.kind === 'title');
    const orgMentions = ctx.resolution.mentions.filter((m) => m.entity.type === 'organization');
    const views = sentenceViews(ctx);
    const lastOrgBefore = (at: number, pattern: RegExp, prefer: (m: ResolvedMention) => boolean) => {
      const before = orgMentions.filter((m) => m.candidate.end <= at && at - m.candidate.end < 400 && pattern.test(m.entity.subtype ?? ''));
      return before.filter(prefer).at(-1) ?? before.at(-1);
    };
    const orgEndingAt = (at: number) => orgMentions.find((m) => m.candidate.end === at || (m.candidate.end === at - 1 && /\s/.test(ctx.text[m.candidate.end]!))
      // 通讯部长: the organization's last character is the title's first (通讯部 + 部长).
      || (m.candidate.end === at + 1 && ctx.text[at] === ctx.text[m.candidate.end - 1]));

    /** Reads a chain of [org] title elements that ends at `end`, leftwards. */
    const chainBefore = (end: number, floor: number): ChainElement[] => {
      const chain: ChainElement[] = [];
      let at = end;
      for (;;) {
        const title = titles.filter((t) => t.end <= at && t.end >= floor && SEPARATOR.test(ctx.text.slice(t.end, at))).sort((a, b) => b.end - a.end)[0];
        if (!title) break;
        if (chain.length && !SEPARATOR.test(ctx.text.slice(title.end, at))) break;
        const org = orgEndingAt(title.start) ?? orgEndingAt(title.start);
        chain.unshift({ title, org });
        at = org ? org.candidate.start : title.start;
      }
      return chain;
    };
    /** Reads [org] title elements to the right of `start` (任省委宣传部部长, 兼任手机部总裁). */
    const chainAfter = (start: number, limit: number): ChainElement[] => {
      const chain: ChainElement[] = [];
      let at = start;
      while (at < limit) {
        const org = orgMentions.find((m) => m.candidate.start === at);
        const titleAt = org ? org.candidate.end : at;
        const title = titles.find((t) => t.start === titleAt);
        if (!title) break;
        chain.push({ title, org });
        at = title.end;
        if (ctx.text[at] === '、' || ctx.text[at] === '兼') at++;
      }
      return chain;
    };

    for (const view of views) {
      const people = view.mentions.filter((m) => m.entity.type === 'official');
      for (const person of people) {
        const p = person.candidate;
        const before = chainBefore(p.start, view.sentence.start);
        const afterPredicate = /^(?:同志)?(?:任|兼任|出任|担任|升任|调任|转任|卸任|不再担任)/u.exec(ctx.text.slice(p.end, p.end + 6));
        const after = afterPredicate ? chainAfter(p.end + afterPredicate[0].length, view.sentence.end) : [];
        const status = afterPredicate && FORMER.test(afterPredicate[0]) ? 'former' as const : undefined;
        for (const [chain, chainStatus] of [[before, undefined], [after, status]] as const) {
          let inherited: ResolvedMention | undefined;
          for (const element of chain) {
            let org = element.org ?? inherited;
            if (!org) {
              const bare = BARE_ORG.exec(ctx.text.slice(Math.max(view.sentence.start, element.title.start - 2), element.title.start));
              if (bare) org = lastOrgBefore(element.title.start, /company|platform/, (m) => !m.entity.attributes?.parent && /集团|公司/.test([m.entity.name, ...m.entity.aliases].join(' ')));
              // 法定代表人王忠磊 after a clause naming the company.
              else if (/[，,]$/.test(ctx.text.slice(view.sentence.start, element.title.start))) {
                org = orgMentions.filter((m) => m.candidate.start >= view.sentence.start && m.candidate.end <= element.title.start).at(-1);
              }
            }
            inherited = org;
            if (!org) continue;
            out.push({ type: 'holds_position', source: person, target: org, sentence: view.sentence, title: element.title.name, ...(chainStatus ? { status: chainStatus } : {}), ...(view.date ? { date: view.date } : {}) });
          }
        }
      }
      // Credits: 责编：余力 何紫薇 … hold their role at the publisher named in the lines before.
      const label = /^([\p{Script=Han}]{2,4})[：:]/u.exec(view.sentence.text);
      if (label && ctx.dictionary.titleKind.has(label[1]!) && people.length) {
        let from = view.sentence.start;
        for (let n = 0; n < 8 && from > 0; n++) from = ctx.text.lastIndexOf('\n', from - 2) + 1;
        const nearby = orgMentions.filter((m) => m.candidate.start >= from && m.candidate.end <= view.sentence.start);
        const lineLabel = (m: ResolvedMention) => ctx.text.slice(ctx.text.lastIndexOf('\n', m.candidate.start) + 1, m.candidate.start);
        const org = nearby.find((m) => /^(?:编辑部|主办|出品|来源|编印|出版)\s*[：:]/u.test(lineLabel(m))) ?? nearby.at(-1);
        if (org) for (const person of people) out.push({ type: 'holds_position', source: person, target: org, sentence: view.sentence, title: label[1]! });
      }
    }
    return out;
  },
};
