import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Candidate } from '../2-mentions/recognizer.js';
import type { EntityType } from '../types.js';
import { stateless } from './names.js';

/** What the document names in full, which short forms may stand for. */
interface NamedInFull {
  text: string;
  dict: CompiledDictionary;
  /** Where each organization named in full is mentioned. */
  organizationStarts: Map<string, number[]>;
  /** Where a title begins (组织部|部长: a unit given a title). */
  titleStarts: Set<number>;
  /** Provinces and cities named in the document's organizations and places, computed once when asked. */
  places: () => string[];
  agreements: Candidate[];
}

/** The canonical name of a short form (undefined: it stands for nothing the document names), given its entity type. */
export type ShortFormResolver = (c: Candidate, type: EntityType) => string | undefined;

/**
 * Resolves short forms (总局, 双边合作协议, 总局与…签署合作谅解备忘录) to the entity the document names in
 * full; alone they found nothing. `kept` are all kept candidates, `candidates` those of entity kinds.
 */
export function shortFormResolver(kept: readonly Candidate[], candidates: readonly Candidate[], text: string, dict: CompiledDictionary): ShortFormResolver {
  const named = namedInFull(kept, candidates, text, dict);
  return (c, type) => {
    if (type === 'organization' && c.shortForm) return organizationShortForm(c, named);
    if (type === 'agreement' && c.parties) return agreementByParties(c, named);
    if (type === 'agreement' && c.shortForm) return agreementShortForm(c, named);
    return c.name;
  };
}

function namedInFull(kept: readonly Candidate[], candidates: readonly Candidate[], text: string, dict: CompiledDictionary): NamedInFull {
  const fullOrgNames = new Set(candidates.filter((x) => x.kind === 'organization' && !x.shortForm).map((x) => x.name));
  const organizationStarts = new Map<string, number[]>();
  for (const x of candidates) {
    if (x.kind !== 'organization' || x.shortForm) continue;
    const starts = organizationStarts.get(x.name);
    if (starts) starts.push(x.start); else organizationStarts.set(x.name, [x.start]);
  }
  // 河北 of 中共河北省委宣传部: once, when a short form asks.
  let places: string[] | undefined;
  return {
    text, dict, organizationStarts,
    titleStarts: new Set(kept.filter((x) => x.kind === 'title').map((x) => x.start)),
    places: () => (places ??= localPlacesIn(dict, [...fullOrgNames, ...kept.filter((x) => x.kind === 'place').map((x) => x.name)])),
    agreements: candidates.filter((x) => x.kind === 'agreement' && !x.shortForm),
  };
}

/** 总局, 省广播电视局, 组织部: the body a short form of the dictionary stands for in this document. */
function organizationShortForm(c: Candidate, named: NamedInFull): string | undefined {
  const options = named.dict.shortForms.get(c.name.toLowerCase()) ?? [];
  // Of the bodies it may stand for, the one named in full nearest before it (else the first named after it).
  let nearestNamed: string | undefined;
  let nearest = -Infinity;
  for (const o of options) {
    for (const at of named.organizationStarts.get(o.name) ?? []) {
      const score = at <= c.start ? at : -at - 1e9;
      if (score > nearest) { nearest = score; nearestNamed = o.name; }
    }
  }
  if (nearestNamed) return nearestNamed;
  // 河北省委宣传部副部长、省广播电视局局长: the one body of the province or city the document's organizations name.
  const local = options.filter((o) => named.places().some((p) => o.name.startsWith(p)));
  if (local.length === 1) return local[0]!.name;
  // 组织部部长: an unnamed unit given a title stands for itself.
  return named.titleStarts.has(c.end) ? named.text.slice(c.start, c.end) : undefined;
}

/**
 * 总局与阿联酋媒体委员会签署合作谅解备忘录 (a headline) is the 《…总局与阿联酋媒体委员会合作谅解备忘录》 of its
 * story: the agreement named in full nearest to it with both parties in its name, else the described name.
 */
function agreementByParties(c: Candidate, named: NamedInFull): string {
  const [a, b] = c.parties!;
  // The title may give a party's state its formal name (老挝人民民主共和国新闻文化和旅游部).
  const [barA, barB] = [stateless(named.dict, a), stateless(named.dict, b)];
  const withBoth = named.agreements.filter((x) => { const n = stateless(named.dict, x.name); return n.includes(barA) && n.includes(barB); });
  const nearest = (x: Candidate) => Math.abs(x.start - c.start);
  return withBoth.sort((x, y) => nearest(x) - nearest(y))[0]?.name ?? c.name;
}

/**
 * 双边合作协议 refers to the agreement of the same kind (协议 / 备忘录) the document names nearest to it,
 * preferably soon after (a headline before its story); a 合作协议 is never a 谅解备忘录.
 */
function agreementShortForm(c: Candidate, named: NamedInFull): string | undefined {
  const kindOf = (n: string) => (/备忘录$/.test(n) ? 'mou' : 'agreement');
  const distance = (x: Candidate) => (x.start >= c.start ? x.start - c.start : (c.start - x.start) * 3);
  let best: Candidate | undefined;
  for (const x of named.agreements) if (kindOf(x.name) === kindOf(c.name) && (!best || distance(x) < distance(best))) best = x;
  return best?.name;
}

/** The provinces and cities (their shortest dictionary spelling: 河北, not 河北省) that occur in `names`. */
function localPlacesIn(dict: CompiledDictionary, names: string[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    for (let i = 0; i < name.length - 1; i++) {
      for (let n = 2; n <= 7 && i + n <= name.length; n++) {
        const kind = dict.places.get(name.slice(i, i + n))?.kind;
        if (kind === 'province' || kind === 'city') found.add(name.slice(i, i + n));
      }
    }
  }
  // 河北 and 河北省 are one place: keep the shorter when both are found.
  return [...found].filter((p) => ![...found].some((q) => q !== p && p.startsWith(q)));
}
