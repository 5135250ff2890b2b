import type { ResolvedMention } from '../3-resolve/entities.js';
import type { Candidate } from '../2-mentions/recognizer.js';
import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { firstStartingFrom, SpanIndex } from '../2-mentions/span-index.js';
import { fact, isOrg, sentenceViews } from './sentence-view.js';
import { appointingEndsAt, appointmentAfter, appointmentAt, capacityAfter, joiningAfter, postAfterJoining } from '../2-mentions/appointment.js';

/** What may stand between the elements of a title chain: 、 ， 兼 和 a space. */
const SEPARATOR = /^(?:、|，|,|兼|和|及| |　|)$/u;
/** Bare references to an organization named before (集团总裁, 公司董事长). */
const BARE_ORG = /(?:集团|公司|总局|协会|总台)$/u;
/** The same at the start of a string, for a title after a predicate (任集团总经理). */
const BARE_ORG_AHEAD = /^(?:集团|公司)/u;

interface ChainElement { title: Candidate; org?: ResolvedMention; /** The title with the field it covers (人力资源负责人). */ titleName?: string }

/** Tags of the words that may name a field between an organization and a title (技术, 人力资源, 内容). */
const FIELD_TAGS = /^(?:n|vn|nz|an)$/;

/**
 * holds_position from title chains: 中央宣传部副部长，国家广播电视总局党组书记、局长曹淑敏 gives three
 * positions at two organizations (a title without its own organization takes the one on its left);
 * X同志任省委宣传部部长 and 兼任手机部总裁 give positions to the right of the name; a bare 集团 or 局长
 * refers back to the organization named before.
 */
export const holdsPosition: RelationRule = {
  name: 'holds-position',
  relate(ctx: RelationContext): RelationCandidate[] {
    const out: RelationCandidate[] = [];
    const titles = new SpanIndex(ctx.kept.filter((c) => c.kind === 'title'));
    const orgMentions = ctx.resolution.mentions.filter((m) => m.entity.type === 'organization');
    const orgs = new SpanIndex(orgMentions.map((m) => ({ start: m.candidate.start, end: m.candidate.end, m })));
    const orgSpans = orgMentions.map((m) => m.candidate);
    const views = sentenceViews(ctx);
    const lastOrgBefore = (at: number, pattern: RegExp, prefer: (m: ResolvedMention) => boolean) => {
      // orgMentions is in text order: walk back from `at` over at most 400 characters.
      const before: ResolvedMention[] = [];
      for (let i = firstStartingFrom(orgSpans, at) - 1; i >= 0; i--) {
        const m = orgMentions[i]!;
        if (at - m.candidate.end >= 400) break;
        if (m.candidate.end <= at && pattern.test(m.entity.subtype ?? '')) before.unshift(m);
      }
      return before.filter(prefer).at(-1) ?? before.at(-1);
    };
    const orgEndingAt = (at: number): ResolvedMention | undefined => orgs.endingAt(at)[0]?.m
      ?? (/\s/.test(ctx.text[at - 1] ?? '') ? orgs.endingAt(at - 1)[0]?.m : undefined)
      // 通讯部长: the organization's last character is the title's first (通讯部 + 部长).
      ?? orgs.endingAt(at + 1).find((o) => ctx.text[at] === ctx.text[o.end - 1])?.m;

    /** 腾讯技术总监, 字节跳动人力资源负责人: an organization, then a field of two to six characters, then the title. */
    const orgBeforeField = (titleStart: number): { org: ResolvedMention; field: string } | undefined => {
      for (let at = titleStart - 2; at >= titleStart - 6 && at > 0; at--) {
        const org = orgs.endingAt(at)[0]?.m;
        if (!org) continue;
        const field = ctx.text.slice(at, titleStart);
        if (!/^\p{Script=Han}+$/u.test(field)) return undefined;
        const first = ctx.tokenStartingAt.get(at);
        if (first === undefined) return undefined;
        for (let i = first; ctx.tokens[i]!.start < titleStart; i++) {
          const t = ctx.tokens[i]!;
          if (t.end > titleStart || !FIELD_TAGS.test(t.tag) || ctx.dictionary.titleKind.has(t.word) || ctx.dictionary.predicates.has(t.word)) return undefined;
        }
        return { org, field };
      }
      return undefined;
    };
    /** Reads a chain of [org] title elements that ends at `end`, leftwards. */
    const chainBefore = (end: number, floor: number): ChainElement[] => {
      const chain: ChainElement[] = [];
      let at = end;
      for (;;) {
        // Separators are at most one character: look at titles ending right here or one before.
        const title = [...titles.endingAt(at), ...titles.endingAt(at - 1)].filter((t) => t.end >= floor && SEPARATOR.test(ctx.text.slice(t.end, at))).sort((a, b) => b.end - a.end)[0];
        if (!title) break;
        if (chain.length && !SEPARATOR.test(ctx.text.slice(title.end, at))) break;
        // 星澜影业的总经理王海涛: 的 may stand between the organization and its title.
        const org = orgEndingAt(title.start) ?? (ctx.text[title.start - 1] === '的' ? orgEndingAt(title.start - 1) : undefined);
        const field = org || chain.length ? undefined : orgBeforeField(title.start);
        if (field) {
          chain.unshift({ title, org: field.org, titleName: field.field + title.name });
          at = field.org.candidate.start;
          continue;
        }
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
        const org = orgs.startingAt(at)[0]?.m;
        // 任集团总经理: a bare 集团 or 公司 before the title (the organization is found as for 集团总裁 before a name).
        const bare = org ? undefined : BARE_ORG_AHEAD.exec(ctx.text.slice(at, at + 2));
        const titleAt = org ? org.candidate.end : at + (bare ? bare[0].length : 0);
        const title = titles.startingAt(titleAt)[0] ?? (org && ctx.text[titleAt] === '的' ? titles.startingAt(titleAt + 1)[0] : undefined);
        if (!title) break;
        chain.push({ title, org });
        at = title.end;
        if (ctx.text[at] === '、' || ctx.text[at] === '兼') at++;
      }
      return chain;
    };

    for (const view of views) {
      const people = view.mentions.filter((m) => m.entity.type === 'official');
      let previous: { end: number; chain: ChainElement[]; org?: ResolvedMention } | undefined;
      for (const person of people) {
        const p = person.candidate;
        // 副局长王海涛、杨建国: a name listed right after a titled one holds the same posts.
        const own = chainBefore(p.start, view.sentence.start);
        const before = own.length === 0 && previous && ctx.text.slice(previous.end, p.start) === '、' ? previous.chain : own;
        // 会长刘建国、副会长王晓东: a title without its organization, right after a titled name, is at that name's organization.
        const listedAfter = own.length > 0 && !own[0]!.org && previous?.org && ctx.text.slice(previous.end, own[0]!.title.start) === '、' ? previous.org : undefined;
        const current: NonNullable<typeof previous> = { end: p.end, chain: before };
        previous = current;
        // Each chain with its status and the organization its titles are at when they name none.
        const chains: [ChainElement[], 'former' | undefined, ResolvedMention | undefined][] = [[before, undefined, listedAfter]];
        // 任命任涛为…台长: 为 after a name that a predicate of appointing comes right before.
        const appointed = ctx.text[p.end] === '为' && appointingEndsAt(ctx.dictionary, ctx.text, p.start, view.sentence.start);
        // X已正式出任…, X于2019年任…: adverbs and dates may stand between the name and the predicate.
        const after = appointed ? undefined : appointmentAfter(ctx.dictionary, ctx.text, p.end);
        let at = after?.at ?? p.end;
        let predicate = appointed ? '为' : after?.predicate;
        let joined: ResolvedMention | undefined;
        // X作为星澜影业的总经理: a capacity gives a post only where the first title names its organization.
        let capacity = false;
        const asCapacity = predicate === undefined ? capacityAfter(ctx.dictionary, ctx.text, p.end) : undefined;
        if (asCapacity) {
          ({ at, predicate } = asCapacity);
          capacity = true;
        }
        if (predicate === undefined) {
          // X加入星澜影业，担任总经理: the post is at the organization joined.
          const joining = joiningAfter(ctx.dictionary, ctx.text, p.end);
          joined = joining === undefined ? undefined : orgs.startingAt(joining.at + joining.predicate.length)[0]?.m;
          const post = joined && postAfterJoining(ctx.dictionary, ctx.text, joined.candidate.end);
          if (post) ({ at, predicate } = post);
        }
        // The words passed over on the way to the first predicate count for its status (X此前担任…, X此前作为…).
        let gap = ctx.text.slice(p.end, at);
        for (; predicate !== undefined; capacity = false) {
          const chain = chainAfter(at + predicate.length, view.sentence.end);
          chains.push([capacity && !chain[0]?.org ? [] : chain, ctx.dictionary.formerPost.test(gap + predicate) ? 'former' : undefined, joined]);
          gap = '';
          if (!chain.length) break;
          // 曾任…台长，现任…局长: the same person's next post, in the clause after.
          at = chain.at(-1)!.title.end + 1;
          predicate = /^[，,；]$/u.test(ctx.text[at - 1] ?? '') ? appointmentAt(ctx.dictionary, ctx.text, at) : undefined;
        }
        for (const [chain, chainStatus, given] of chains) {
          let inherited = given;
          for (const element of chain) {
            let org = element.org ?? inherited;
            if (!org) {
              const bare = BARE_ORG.exec(ctx.text.slice(Math.max(view.sentence.start, element.title.start - 2), element.title.start));
              if (bare) org = lastOrgBefore(element.title.start, /company|platform/, (m) => !m.entity.attributes?.parent && /集团|公司/.test([m.entity.name, ...m.entity.aliases].join(' ')));
              // 法定代表人王忠磊 after a clause naming the company.
              else if (/[，,]$/.test(ctx.text.slice(view.sentence.start, element.title.start))) {
                org = view.mentions.filter((m) => isOrg(m) && m.candidate.end <= element.title.start).at(-1);
              }
            }
            inherited = org;
            if (!org) continue;
            if (chain === before) current.org = org;
            out.push(fact('holds_position', person, org, view, { title: element.titleName ?? element.title.name, ...(chainStatus ? { status: chainStatus } : {}) }));
          }
        }
      }
      // Credits: 责编：余力 何紫薇 … hold their role at the publisher named in the lines before.
      const label = /^([\p{Script=Han}]{2,4})[：:]/u.exec(view.sentence.text);
      if (label && ctx.dictionary.titleKind.has(label[1]!) && people.length) {
        let from = view.sentence.start;
        const floor = Math.max(0, view.sentence.start - 600);
        for (let n = 0; n < 8 && from > floor; n++) from = Math.max(floor, ctx.text.lastIndexOf('\n', from - 2) + 1);
        const nearby = orgMentions.filter((m) => m.candidate.start >= from && m.candidate.end <= view.sentence.start);
        const labelled = (m: ResolvedMention) => ctx.dictionary.publisherLabel.test(ctx.text.slice(Math.max(0, m.candidate.start - 12), m.candidate.start));
        const org = nearby.find(labelled) ?? nearby.at(-1);
        if (org) for (const person of people) out.push(fact('holds_position', person, org, { ...view, date: undefined }, { title: label[1]! }));
      }
    }
    return out;
  },
};
