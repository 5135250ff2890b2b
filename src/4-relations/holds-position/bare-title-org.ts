import { firstStartingFrom } from '../../2-mentions/span-index.js';
import type { Candidate } from '../../2-mentions/recognizer.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import { isOrg, type SentenceView } from '../sentence-view.js';
import { ownBody } from './kind-fit.js';
import type { PositionLookups } from './lookups.js';

/** Bare references to an organization named before (集团总裁, 公司董事长). */
const BARE_ORG = /(?:集团|公司|总局|协会|总台)$/u;
/** The subtypes a bare reference may stand for, and the names it prefers (a group, a company of its own). */
const BARE_ORG_SUBTYPES = /company|platform/;
const GROUP_OR_COMPANY = /集团|公司/;
/** A dateline's end and the bracket of its byline (青川日报北京3月2日电(记者…), 青川视听消息（记者…). */
const DATELINE_BYLINE = /(?:电|消息|讯)\s*[(（]$/u;
/** What stands before a title that opens its paragraph: a line break (or the text's start), then spaces. */
const OPENS_PARAGRAPH = /(?:^|\n)[ \t\u3000]*$/u;
/** How far back a bare reference looks for its organization (characters). */
const BARE_ORG_REACH = 400;

/** The last organization of a subtype matching `pattern` (and that `fits`) that ends before `at`, preferring those `prefer` accepts. */
function lastOrgBefore({ orgMentions, orgSpans }: PositionLookups, at: number, pattern: RegExp, prefer: (m: ResolvedMention) => boolean, fits: (m: ResolvedMention) => boolean = () => true): ResolvedMention | undefined {
  // orgMentions is in text order: walk back from `at` over at most 400 characters.
  const before: ResolvedMention[] = [];
  for (let i = firstStartingFrom(orgSpans, at) - 1; i >= 0; i--) {
    const m = orgMentions[i]!;
    if (at - m.candidate.end >= BARE_ORG_REACH) break;
    if (m.candidate.end <= at && pattern.test(m.entity.subtype ?? '') && fits(m)) before.unshift(m);
  }
  return before.filter(prefer).at(-1) ?? before.at(-1);
}

/**
 * The organization of a title that opens its paragraph (会长王海涛表示…): the last named before it, within
 * reach, of the sort the title's kind names by itself (an association for 会长, a company for 总裁).
 */
function orgBeforeSentence(lookups: PositionLookups, title: Candidate): ResolvedMention | undefined {
  return lastOrgBefore(lookups, title.start, /./, () => true, (m) => ownBody(lookups.ctx, title, m));
}

/**
 * The organization of a collective title (集团领导, 台领导: a bare word for a body, then 领导): the last named
 * before it, within reach, whose name or another name ends with that word.
 */
function orgOfCollectiveTitle(lookups: PositionLookups, title: Candidate): ResolvedMention | undefined {
  const head = lookups.ctx.dictionary.collectiveTitleHead.exec(title.name);
  const body = head ? title.name.slice(0, head.index) : '';
  if (!body) return undefined;
  return lastOrgBefore(lookups, title.start, /./, () => true, (m) => [m.entity.name, ...m.entity.aliases].some((n) => n.endsWith(body)));
}

/**
 * The organization of a title at `titleStart` that names none and inherits none: a collective title's
 * body (see `orgOfCollectiveTitle`); a bare 集团 or 局长
 * before it refers back to the organization named before; 法定代表人王忠磊 after a clause naming the company;
 * a title opening its paragraph, to the last body of its sort (see `orgBeforeSentence`).
 */
export function orgOfBareTitle(lookups: PositionLookups, view: SentenceView, titleStart: number): ResolvedMention | undefined {
  const { text } = lookups.ctx;
  const own = lookups.titles.startingAt(titleStart)[0];
  const collective = own && orgOfCollectiveTitle(lookups, own);
  if (collective) return collective;
  const bare = BARE_ORG.exec(text.slice(Math.max(view.sentence.start, titleStart - 2), titleStart));
  if (bare) return lastOrgBefore(lookups, titleStart, BARE_ORG_SUBTYPES, (m) => !m.entity.attributes?.parent && GROUP_OR_COMPANY.test([m.entity.name, ...m.entity.aliases].join(' ')));
  const before = text.slice(view.sentence.start, titleStart);
  // 青川日报北京3月2日电(记者王海涛): the byline's title is at the outlet that opens the dateline.
  if (DATELINE_BYLINE.test(before)) return view.mentions.find((m) => isOrg(m) && m.candidate.end <= titleStart);
  if (/[，,]$/.test(before)) {
    return view.mentions.filter((m) => isOrg(m) && m.candidate.end <= titleStart).at(-1);
  }
  return own && OPENS_PARAGRAPH.test(text.slice(Math.max(0, titleStart - BARE_ORG_REACH), titleStart)) ? orgBeforeSentence(lookups, own) : undefined;
}
