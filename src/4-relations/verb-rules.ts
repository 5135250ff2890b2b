import { longestSuffix } from '../dictionary/compile.js';
import type { ResolvedMention } from '../3-resolve/entities.js';
import type { EntityType, RelationType } from '../types.js';
import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { clauseTopic } from './clause-topic.js';
import { objectRun } from './object-runs.js';
import { fact, isOrg, isPerson, sentenceViews, type SentenceView } from './sentence-view.js';

/**
 * One shape covers most facts of news sentences: actors (the subject, before a verb) do something
 * to a named thing (the object, usually after it): 中央网信办、市场监管总局联合印发《…》,
 * 由中国电视艺术委员会主办的…座谈会, 《时光正好》在湖南卫视、芒果TV开播.
 */
interface VerbRuleSpec {
  name: string;
  /** The relation; its verbs are the dictionary's `relationVerbs[type]`. */
  type: RelationType;
  objectTypes: EntityType[];
  subject: (m: ResolvedMention) => boolean;
  /** Where the subject may stand besides before the verb: 在湖南卫视开播 (between 在 and the verb). */
  venue?: boolean;
  /** Every party of the clause acts (签署: the people, and organizations not merely naming a person's post). */
  allParties?: boolean;
}

/** What may join coordinated subjects: 、 和 与 及 a space, 联合 (A联合B发布: both issue). */
const COORDINATION = /^(?:、|和|与|及|以及|同|联合|携手| |)$/u;

/**
 * The coordinated group of actors that ends right before the verb (中央网信办、市场监管总局…联合印发).
 * Between the last of them and the verb may stand adverbs of time and manner, a place, a count of parties
 * (the dictionary's subjectGap: the grammar's subjectGapWords, party… lists).
 */
function subjectGroup(ctx: RelationContext, candidates: ResolvedMention[], verbAt: number): ResolvedMention[] {
  // By end, the outer name last: in 国家广播电视总局办公厅发布 the office acts, not 国家广播电视总局 inside its name.
  const sorted = [...candidates].sort((a, b) => a.candidate.end - b.candidate.end || b.candidate.start - a.candidate.start);
  const last = sorted.at(-1);
  if (!last || !ctx.dictionary.subjectGap.test(ctx.text.slice(last.candidate.end, verbAt))) return [];
  const group = [last];
  for (let i = sorted.length - 2; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.candidate.end > group[0]!.candidate.start) continue; // a name inside the subject's name
    if (!COORDINATION.test(ctx.text.slice(m.candidate.end, group[0]!.candidate.start))) break;
    group.unshift(m);
  }
  return group;
}

const CLAUSE_BREAKS = new Set([...'，,；;。'].map((c) => c.charCodeAt(0)));

const clauseStart = (text: string, from: number, floor: number) => {
  for (let i = from - 1; i >= floor; i--) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return i + 1;
  return floor;
};

export function verbRule(spec: VerbRuleSpec): RelationRule {
  return {
    name: spec.name,
    relate(ctx: RelationContext): RelationCandidate[] {
      const out: RelationCandidate[] = [];
      const verbs = ctx.dictionary.relationVerbs.get(spec.type);
      if (!verbs) return out;
      const views = sentenceViews(ctx);
      const titleStarts = spec.allParties ? new Set(ctx.kept.filter((c) => c.kind === 'title').map((c) => c.start)) : undefined;
      views.forEach((view, vi) => {
        // Every subject, also a venue's or a landing's, is one of the sentence's actors: without one no verb of it can act.
        if (!view.actors.some(spec.subject)) return;
        const s = view.sentence;
        for (const m of s.text.matchAll(verbs)) {
          const verbAt = s.start + m.index;
          const verbEnd = verbAt + m[0].length;
          // Subjects: actors in the clause before the verb (a 由…主办 clause counts from 由), not guides (…指导).
          const from = clauseStart(ctx.text, verbAt, s.start);
          let subjects = view.actors.filter((a) => spec.subject(a) && a.candidate.start >= from && a.candidate.end <= verbAt
            && !/^指导/.test(ctx.text.slice(a.candidate.end, a.candidate.end + 2)));
          // 在湖南卫视、芒果TV开播: the venue is the subject of broadcasting; otherwise only the coordinated
          // group right before the verb acts (not 芒果TV in 芒果TV落实总局印发的…, nor the 的-modifier of a noun).
          const venueAt = spec.venue ? ctx.text.slice(from, verbAt).lastIndexOf('在') : -1;
          const venue = venueAt < 0 ? -1 : from + venueAt;
          const venueGroup = venue >= from ? subjects.filter((a) => a.candidate.start > venue) : [];
          // 后续也将登陆哈巴尔电视台、31频道: the channels after 登陆 carry the work.
          const landing = /登陆/.test(m[0]) ? subjectsAfter(ctx, view.actors.filter(spec.subject), verbEnd) : [];
          if (titleStarts) {
            subjects = subjects.filter((a) => !isOrg(a) || !(titleStarts.has(a.candidate.end) || titleStarts.has(a.candidate.end - 1)));
          } else if (landing.length) subjects = landing;
          else subjects = venueGroup.length && COORDINATION_RUN(ctx, venueGroup) ? venueGroup : subjectGroup(ctx, subjects, verbAt);
          // 爱奇艺宣布，网剧《…》将于明年上线: a clause without a subject tells what the organization that
          // announces it in the clause before does.
          let topic: ResolvedMention | undefined;
          if (!subjects.length && !titleStarts && from > s.start) {
            const announcer = view.actors.filter((a) => spec.subject(a) && a.candidate.end < from && ctx.dictionary.announces.test(ctx.text.slice(a.candidate.end, from))).at(-1);
            const bare = !view.mentions.some((a) => a.candidate.start >= from && a.candidate.end <= verbAt);
            if (announcer && !view.actors.some((a) => a.candidate.start >= from && a.candidate.end <= verbAt)) subjects = [announcer];
            // …，日前还宣布了将拍摄《…》: a clause with nothing named before its verb goes on with the topic of one before.
            topic = !subjects.length && bare ? clauseTopic(ctx, view, from, spec.subject) : undefined;
            if (topic) subjects = [topic];
          }
          if (!subjects.length) continue;
          const objects = view.mentions.filter((o) => spec.objectTypes.includes(o.entity.type));
          const after = objects.filter((o) => o.candidate.start >= verbEnd);
          // The list of titles right after the verb, or the one ending before it (《甲》《乙》等由X制作的…); a
          // broadcast only of the last title before its verb (《甲》《乙》等剧集在制作初期就确定与X同步播出 does not tell it).
          const before = objects.filter((o) => o.candidate.end <= verbAt).at(-1);
          const beforeRun = !before ? [] : spec.type === 'broadcast' ? [before] : objectRun(ctx.text, objects, before, -1);
          // A topic carried from another clause acts only on what follows its verb (not 北京卫视拿下了《甲》…，更将其推出).
          let targets: ResolvedMention[] = topic && !after.length ? []
            : landing.length || !after.length ? beforeRun
            : spec.type === 'broadcast' ? after : objectRun(ctx.text, objects, after[0]!, 1);
          if (!targets.length) {
            const earlier = views.slice(Math.max(0, vi - 3), vi).flatMap((v) => v.mentions).filter((o) => spec.objectTypes.includes(o.entity.type)).at(-1);
            const refers = /该剧|该片|该节目|该作品/.test(s.text) || /^(?:本届|本次|此次|该)/u.test(s.text) || /由/.test(ctx.text.slice(from, verbAt));
            const head = earlier && openingHead(ctx, s.text);
            if (earlier && (head ? head === eventHead(ctx, earlier) : refers)) targets = [earlier];
          }
          for (const target of targets) {
            for (const subject of subjects) {
              if (view.nested.get(target.entity.id)?.some((n) => n.entity.id === subject.entity.id) && spec.type !== 'signed') continue;
              out.push(fact(spec.type, subject, target, view));
            }
          }
        }
      });
      return out;
    },
  };
}

/**
 * 第十三届中国网络视听大会将于9月举办。大会由…主办: a sentence that opens with an event's head word (大会,
 * 论坛, 峰会) speaks of the event named just before if it has that head, and of another one if not
 * (…大会。论坛由…主办: a forum of the conference).
 */
function openingHead(ctx: RelationContext, sentence: string): string | undefined {
  for (let n = 4; n >= 2; n--) if (ctx.dictionary.eventCues.has(sentence.slice(0, n))) return sentence.slice(0, n);
  return undefined;
}

const eventHead = (ctx: RelationContext, m: ResolvedMention) => (m.entity.type === 'event' ? longestSuffix(m.entity.name, ctx.dictionary.eventCues)?.cue : undefined);

export const issued = verbRule({ name: 'issued', type: 'issued', objectTypes: ['document'], subject: isOrg });
export const produced = verbRule({ name: 'produced', type: 'produced', objectTypes: ['work'], subject: isOrg });
export const broadcast = verbRule({ name: 'broadcast', type: 'broadcast', objectTypes: ['work'], subject: isOrg, venue: true });
export const signedByVerb = verbRule({ name: 'signed', type: 'signed', objectTypes: ['agreement'], subject: (m) => isOrg(m) || isPerson(m), allParties: true });

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
/** Verbs of met_with: meeting, or witnessing together (习近平与…共同见证). */
const MEETING_OR_WITNESS = new RegExp(`${MEETING.source}|共同见证|见证`, 'u');

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

/** met_with: 曹淑敏会见…库里巴利; 习近平与…穆罕默德共同见证. */
export const metWith: RelationRule = {
  name: 'met-with',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    for (const view of sentenceViews(ctx)) {
      const people = view.actors.filter((m) => m.entity.type === 'official');
      const verb = MEETING_OR_WITNESS.exec(view.sentence.text);
      if (!verb || people.length < 2) continue;
      const at = view.sentence.start + verb.index;
      const before = people.filter((p) => p.candidate.end <= at);
      const after = people.filter((p) => p.candidate.start >= at);
      if (/见证/.test(verb[0])) {
        // The witnesses are the people joined by 与 right before 共同见证.
        const witnesses = before.filter((p) => /与|和|同/.test(ctx.text.slice(p.candidate.end, p.candidate.end + 1)) || ctx.text.slice(p.candidate.end, at) === '');
        if (witnesses.length >= 2) out.push(fact('met_with', witnesses[0]!, witnesses[1]!, view));
        continue;
      }
      const subject = before.at(-1);
      for (const object of after) if (subject) out.push(fact('met_with', subject, object, view));
    }
    return out;
  },
};

/** cooperates_with: two or three organizations acting jointly (A与B联合出品, A、B、C联合印发). */
export const cooperatesWith: RelationRule = {
  name: 'cooperates-with',
  relate(ctx) {
    const out: RelationCandidate[] = [];
    for (const view of sentenceViews(ctx)) {
      for (const m of view.sentence.text.matchAll(/联合|携手|合作|共同/gu)) {
        const at = view.sentence.start + m.index;
        // 合作 inside a named agreement or event is part of its name, not an act.
        if (view.mentions.some((x) => ['agreement', 'document', 'event', 'work'].includes(x.entity.type) && x.candidate.start <= at && at < x.candidate.end)) continue;
        const from = clauseStart(ctx.text, at, view.sentence.start);
        const before = view.actors.filter((a) => isOrg(a) && a.candidate.start >= from && a.candidate.end <= at);
        // A联合B发布, A携手B推出: the organization right after 联合 / 携手 acts with those before.
        const partner = /联合|携手/.test(m[0]) ? view.actors.find((a) => isOrg(a) && a.candidate.start === at + m[0].length) : undefined;
        const orgs = uniqueEntities(partner ? [...before, partner] : before);
        if (orgs.length < 2 || orgs.length > 3) continue;
        // They must be coordinated: only 、 和 与 及 联合 spaces between them, an adverb before 与 (A将与B开展合作;
        // the dictionary's joinedParties: the grammar's jointAdverbs, jointConjunctions).
        const joined = orgs.every((o, i) => i === 0 || ctx.dictionary.joinedParties.test(ctx.text.slice(orgs[i - 1]!.candidate.end, o.candidate.start)));
        if (!joined) continue;
        for (let i = 0; i < orgs.length; i++) for (let j = i + 1; j < orgs.length; j++) {
          out.push(fact('cooperates_with', orgs[i]!, orgs[j]!, view));
        }
        break;
      }
    }
    return out;
  },
};

/** Platform-before-title shorthand: 芒果TV：电视剧《时光正好》开播 / 中央广播电视总台《乐龄读书会》. */
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
      }
      // A headline led by a platform: 优酷：网剧《墨雨云间》开播.
      const lead = /^([^：:]{2,12})[：:]/u.exec(view.sentence.text);
      if (!lead) continue;
      const org = view.actors.find((a) => isOrg(a) && a.candidate.start === view.sentence.start && a.candidate.end === view.sentence.start + lead[1]!.length);
      if (!org || !/broadcaster|platform/.test(org.entity.subtype ?? '')) continue;
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

/** Whether the actors follow each other joined only by 、 和 与 (a venue list: 在湖南卫视、芒果TV). */
function COORDINATION_RUN(ctx: RelationContext, list: ResolvedMention[]): boolean {
  return list.every((m, i) => i === 0 || COORDINATION.test(ctx.text.slice(list[i - 1]!.candidate.end, m.candidate.start)));
}

/** The coordinated group of actors right after `at` (登陆A、B等). */
function subjectsAfter(ctx: RelationContext, actors: ResolvedMention[], at: number): ResolvedMention[] {
  const after = actors.filter((a) => a.candidate.start >= at).sort((a, b) => a.candidate.start - b.candidate.start);
  if (!after.length || ctx.text.slice(at, after[0]!.candidate.start).trim() !== '') return [];
  const group = [after[0]!];
  for (const m of after.slice(1)) {
    if (!COORDINATION.test(ctx.text.slice(group.at(-1)!.candidate.end, m.candidate.start))) break;
    group.push(m);
  }
  return group;
}

function uniqueEntities(list: ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
}

export type { SentenceView };
