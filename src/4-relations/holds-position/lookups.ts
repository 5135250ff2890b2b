import type { Candidate } from '../../2-mentions/recognizer.js';
import { SpanIndex } from '../../2-mentions/span-index.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';

/** One element of a title chain: a title, the organization named with it, if any. */
export interface ChainElement {
  title: Candidate;
  org?: ResolvedMention;
  /** The title with the field it covers (人力资源负责人). */
  titleName?: string;
}

/** The document's titles and organizations by offset, built once per document and read by every sub-rule of holds_position. */
export interface PositionLookups {
  ctx: RelationContext;
  titles: SpanIndex<Candidate>;
  /** The organization mentions in text order, and their spans (for a binary search back from an offset). */
  orgMentions: ResolvedMention[];
  orgSpans: Candidate[];
  orgs: SpanIndex<{ start: number; end: number; m: ResolvedMention }>;
  /** The officials' mentions by offset (王海涛接任|李建国|为…: the name after a verb of succession). */
  people: SpanIndex<{ start: number; end: number; m: ResolvedMention }>;
}

export function positionLookups(ctx: RelationContext): PositionLookups {
  const orgMentions = ctx.resolution.mentions.filter((m) => m.entity.type === 'organization');
  return {
    ctx,
    titles: new SpanIndex(ctx.kept.filter((c) => c.kind === 'title')),
    orgMentions,
    orgSpans: orgMentions.map((m) => m.candidate),
    orgs: new SpanIndex(orgMentions.map((m) => ({ start: m.candidate.start, end: m.candidate.end, m }))),
    people: new SpanIndex(ctx.resolution.mentions.filter((m) => m.entity.type === 'official').map((m) => ({ start: m.candidate.start, end: m.candidate.end, m }))),
  };
}

/** Brackets around an organization's second name (湖南广播影视集团有限公司(湖南广播电视台)). */
const OPEN = /[(（]/u;
const CLOSE = /[)）]/u;

/** The organization whose second name, in brackets, ends right at `at`: …集团有限公司(…电视台)|党委书记 gives the one before the brackets. */
export function orgBeforeSecondName({ ctx, orgs }: PositionLookups, at: number): ResolvedMention | undefined {
  if (!CLOSE.test(ctx.text[at - 1] ?? '')) return undefined;
  const inner = orgs.endingAt(at - 1)[0];
  return inner && OPEN.test(ctx.text[inner.start - 1] ?? '') ? orgs.endingAt(inner.start - 1)[0]?.m : undefined;
}

/** The organization after whose second name, in brackets, `at` is (任…集团有限公司(…电视台)|党委书记): where it ends, past the brackets. */
export function secondNameEnd({ ctx, orgs }: PositionLookups, org: ResolvedMention): number | undefined {
  const at = org.candidate.end;
  if (!OPEN.test(ctx.text[at] ?? '')) return undefined;
  const inner = orgs.startingAt(at + 1)[0];
  return inner && CLOSE.test(ctx.text[inner.end] ?? '') ? inner.end + 1 : undefined;
}

/** The organization that ends at `at` (a title's start), past one space or its second name in brackets. */
export function orgEndingAt(lookups: PositionLookups, at: number): ResolvedMention | undefined {
  const { ctx, orgs } = lookups;
  return orgs.endingAt(at)[0]?.m
    ?? (/\s/.test(ctx.text[at - 1] ?? '') ? orgs.endingAt(at - 1)[0]?.m : undefined)
    ?? orgBeforeSecondName(lookups, at)
    // 通讯部长: the organization's last character is the title's first (通讯部 + 部长).
    ?? orgs.endingAt(at + 1).find((o) => ctx.text[at] === ctx.text[o.end - 1])?.m;
}
