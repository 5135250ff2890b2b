import type { Candidate } from '../../2-mentions/recognizer.js';
import type { ResolvedMention } from '../../3-resolve/entities.js';
import type { RelationContext } from '../index.js';

/** The kind of a title (government, party, association, business, media …), as the dictionary gives it. */
export const titleKindOf = (ctx: RelationContext, title: Candidate): string | undefined => title.subtype ?? ctx.dictionary.titleKind.get(title.name);

/**
 * Whether a title of its own passes on to the organization of the titled names listed before it: it
 * does when one of their titles is of its kind (会长…、副会长…; 局长…、副局长…), or when either side
 * is a party post, which any body has (党委书记…、总经理…). A company's 总裁…、导演…、演员… are
 * credits of the people beside him, not posts at his company.
 */
export function passesOn(ctx: RelationContext, before: readonly Candidate[], title: Candidate): boolean {
  const kind = titleKindOf(ctx, title);
  const kinds = before.map((t) => titleKindOf(ctx, t));
  return kind === 'party' || kinds.includes(kind) || kinds.every((k) => k === 'party');
}

/**
 * Whether a regional government's head (省长, 市长, 县长 …) may be at `org`, an organization the
 * title inherits from the chain or the clause: only at a government (人民政府), never at the party
 * committee of the same place (省委副书记、省长X holds 省长 at the province's government).
 */
export function headFits(ctx: RelationContext, title: Candidate, org: ResolvedMention): boolean {
  if (!ctx.dictionary.regionalHeadTitles.has(title.name)) return true;
  return [org.entity.name, ...org.entity.aliases].some((n) => ctx.dictionary.regionalGovernmentEnding.test(n));
}

/**
 * The organization subtypes a title of each kind names by itself when it opens a sentence with no body
 * (会长王海涛表示…: the association named last before): only kinds that point to one sort of body.
 */
const OWN_BODIES: Record<string, readonly string[]> = {
  association: ['association'],
  government: ['government', 'foreign_government'],
  business: ['company', 'platform'],
  media: ['broadcaster', 'foreign_media'],
};

/** Every subtype that some kind of title names by itself. */
const OWNED_SUBTYPES = new Set(Object.values(OWN_BODIES).flat());

/** Whether `org` is of a sort that a title of `title`'s kind names by itself (see OWN_BODIES). */
export function ownBody(ctx: RelationContext, title: Candidate, org: ResolvedMention): boolean {
  return OWN_BODIES[titleKindOf(ctx, title) ?? '']?.includes(org.entity.subtype ?? '') ?? false;
}

/**
 * Whether `org` is of a sort that titles of another kind name by themselves, not `title`'s (a 局长 at a
 * company, a 总裁 at a government): a body a title only takes from its clause must not clash so.
 */
export function bodyClashes(ctx: RelationContext, title: Candidate, org: ResolvedMention): boolean {
  const own = OWN_BODIES[titleKindOf(ctx, title) ?? ''];
  const subtype = org.entity.subtype ?? '';
  return own !== undefined && !own.includes(subtype) && OWNED_SUBTYPES.has(subtype);
}
