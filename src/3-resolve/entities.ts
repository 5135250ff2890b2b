import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Candidate } from '../2-mentions/recognizer.js';
import { originalSpan, type NormalizedText } from '../1-segment/normalize.js';
import type { Entity, EntityType } from '../types.js';

/** A kept candidate and the entity it was resolved to. */
export interface ResolvedMention { candidate: Candidate; entity: Entity }

export interface Resolution {
  entities: Entity[];
  /** Every kept entity candidate with its entity, in text order (relation rules read these). */
  mentions: ResolvedMention[];
}

export const entityId = (type: EntityType, name: string): string => `${type}:${name}`;

const TITLED = new Set<string>(['work', 'document', 'agreement', 'event']);
const ENTITY_KINDS = new Set<string>(['organization', 'official', 'person', 'work', 'agreement', 'document', 'event']);

/** Strips what varies between mentions of one event (年份, 届次, quotes) to compare names. */
const eventCoreOf = (dict: CompiledDictionary) => (name: string): string => {
  const core = name.replace(dict.leadingYearOrEdition, '').replace(/[“”"《》\s]/g, '');
  // 俄罗斯莫斯科…交易展 and 2024年莫斯科…交易展 are one fair: a leading country is no part of the name.
  return withoutLeadingPlace(dict, core, 6, ['country']);
};

/** `name` without a place of one of `kinds` at its front (2 to `max` characters), keeping at least 4 characters. */
function withoutLeadingPlace(dict: CompiledDictionary, name: string, max: number, kinds: readonly string[]): string {
  for (let n = Math.min(max, name.length - 4); n >= 2; n--) if (kinds.includes(dict.places.get(name.slice(0, n))?.kind ?? '')) return name.slice(n);
  return name;
}

/**
 * Turns kept candidates into document entities: one entity per canonical name and type, with every
 * surface form as an alias and every mention's ORIGINAL offsets. Short forms (总局, 《报告》, 库里巴利)
 * join the entity that the document names in full; alone they found nothing.
 */
export function resolveEntities(kept: readonly Candidate[], norm: NormalizedText, dict: CompiledDictionary): Resolution {
  const byKey = new Map<string, Entity>();
  const eventCore = eventCoreOf(dict);
  const mentions: ResolvedMention[] = [];
  const candidates = kept.filter((c) => ENTITY_KINDS.has(c.kind));

  // People named with a title anywhere are officials everywhere in the document.
  const officialNames = new Set(candidates.filter((c) => c.kind === 'official').map((c) => c.name));
  const kindOf = (c: Candidate): EntityType => (c.kind === 'person' && officialNames.has(c.name) ? 'official' : c.kind as EntityType);

  const fullOrgNames = new Set(candidates.filter((x) => x.kind === 'organization' && !x.shortForm).map((x) => x.name));
  const fullOrgStarts = new Map<string, number[]>();
  for (const x of candidates) {
    if (x.kind !== 'organization' || x.shortForm) continue;
    const starts = fullOrgStarts.get(x.name);
    if (starts) starts.push(x.start); else fullOrgStarts.set(x.name, [x.start]);
  }
  const titleStarts = new Set(kept.filter((x) => x.kind === 'title').map((x) => x.start));
  // Provinces and cities named in the document's organizations and places (河北 of 中共河北省委宣传部), once, when a short form asks.
  let places: string[] | undefined;
  const documentPlaces = (): string[] => (places ??= localPlacesIn(dict, [...fullOrgNames, ...kept.filter((x) => x.kind === 'place').map((x) => x.name)]));
  const fullAgreements = candidates.filter((x) => x.kind === 'agreement' && !x.shortForm);
  // A state's formal name and its country are one (科特迪瓦共和国通讯部, 科特迪瓦通讯部).
  const stateless = (n: string) => n.replace(dict.stateTailInside, '');
  const canonical = (c: Candidate): string | undefined => {
    const type = kindOf(c);
    if (type === 'organization' && c.shortForm) {
      const options = dict.shortForms.get(c.name.toLowerCase()) ?? [];
      // Of the bodies it may stand for, the one named in full nearest before it (else the first named after it).
      let named: string | undefined;
      let nearest = -Infinity;
      for (const o of options) {
        for (const at of fullOrgStarts.get(o.name) ?? []) {
          const score = at <= c.start ? at : -at - 1e9;
          if (score > nearest) { nearest = score; named = o.name; }
        }
      }
      if (named) return named;
      // 河北省委宣传部副部长、省广播电视局局长: the one body of the province or city the document's organizations name.
      const local = options.filter((o) => documentPlaces().some((p) => o.name.startsWith(p)));
      if (local.length === 1) return local[0]!.name;
      // 组织部部长: an unnamed unit given a title stands for itself.
      return titleStarts.has(c.end) ? norm.text.slice(c.start, c.end) : undefined;
    }
    if (type === 'agreement' && c.parties) {
      // 总局与阿联酋媒体委员会签署合作谅解备忘录 (a headline) is the 《…总局与阿联酋媒体委员会合作谅解备忘录》 of its story.
      const [a, b] = c.parties;
      // The title may give a party's state its formal name (老挝人民民主共和国新闻文化和旅游部).
      const [barA, barB] = [stateless(a), stateless(b)];
      const named = fullAgreements.filter((x) => { const n = stateless(x.name); return n.includes(barA) && n.includes(barB); });
      const nearest = (x: Candidate) => Math.abs(x.start - c.start);
      return named.sort((x, y) => nearest(x) - nearest(y))[0]?.name ?? c.name;
    }
    if (type === 'agreement' && c.shortForm) {
      // 双边合作协议 refers to the agreement of the same kind (协议 / 备忘录) the document names nearest to
      // it, preferably soon after (a headline before its story); a 合作协议 is never a 谅解备忘录.
      const kindOf = (n: string) => (/备忘录$/.test(n) ? 'mou' : 'agreement');
      const distance = (x: Candidate) => (x.start >= c.start ? x.start - c.start : (c.start - x.start) * 3);
      let best: Candidate | undefined;
      for (const x of fullAgreements) if (kindOf(x.name) === kindOf(c.name) && (!best || distance(x) < distance(best))) best = x;
      return best?.name;
    }
    return c.name;
  };

  // Titles of things differ between mentions only by the spaces PDF extraction left in them.
  const firstSpelling = new Map<string, string>();
  const add = (c: Candidate, type: EntityType, spelled: string) => {
    const spaceless = TITLED.has(type) ? `${type}:${spelled.replace(/\s+/g, '')}` : '';
    const name = spaceless ? (firstSpelling.get(spaceless) ?? (firstSpelling.set(spaceless, spelled), spelled)) : spelled;
    const key = entityId(type, name);
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: key, type, name, aliases: [], mentions: [] };
      if (c.subtype) entity.subtype = c.subtype;
      byKey.set(key, entity);
    }
    entity.subtype ??= c.subtype;
    const span = originalSpan(norm, c.start, c.end);
    const surface = norm.text.slice(c.start, c.end);
    if (surface !== name && !entity.aliases.includes(surface) && entity.aliases.length < 50) entity.aliases.push(surface);
    entity.mentions.push({ start: span.start, end: span.end, text: norm.original.slice(span.start, span.end) });
    if (c.parent) entity.attributes = { ...entity.attributes, parent: c.parent };
    mentions.push({ candidate: c, entity });
  };

  // 中央宣传部办公厅 names its parent 中央宣传部 too: the parent is mentioned where its name begins the unit's.
  const derived: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'organization' || c.shortForm || !c.parent) continue;
    const parent = dict.organizationByName.get(c.parent);
    if (!parent) continue;
    const surface = norm.text.slice(c.start, c.end);
    // Only an office or department spelled as parent + unit (中央宣传部 + 办公厅, 国家广播电视总局 + 网络视听节目管理司).
    const prefix = [parent.name, ...parent.aliases].filter((s) => s.length >= 2 && s.length < surface.length && surface.startsWith(s)
      && /^(?:办公厅|办公室)$|司$|处$/u.test(surface.slice(s.length))).sort((a, b) => b.length - a.length)[0];
    if (prefix) derived.push({ kind: 'organization', start: c.start, end: c.start + prefix.length, name: parent.name, subtype: parent.subtype, priority: 0, by: 'parent-in-name' });
  }
  // Full names first, so short forms can find them.
  const full = [...candidates.filter((c) => !c.shortForm), ...derived];
  const short = candidates.filter((c) => c.shortForm);
  for (const c of full) add(c, kindOf(c), c.name);
  for (const c of short) {
    const name = canonical(c);
    if (name) add(c, kindOf(c), name);
  }
  const redirect = new Map<Entity, Entity>();
  const ofType = (type: EntityType) => [...byKey.values()].filter((e) => e.type === type);
  // 库里巴利 is 阿马杜·库里巴利: a bare family name joins the full transliteration.
  for (const type of ['official', 'person'] as const) {
    const byLast = firstBy(ofType(type).filter((e) => /[·•]/.test(e.name)), (e) => [e.name.split(/[·•]/).at(-1)!]);
    mergeWith(byKey, redirect, (a) => (a.type === type && !/[·•]/.test(a.name) ? byLast.get(a.name) : undefined));
  }
  // 对外合作部 is 中国网络视听协会对外合作部: an unknown unit joins the longer name it ends.
  const byTail = firstBy(ofType('organization'), (e) => tails(e.name, 3));
  mergeWith(byKey, redirect, (a) => (a.type === 'organization' && !dict.organizationByName.has(a.name) && a.name.length >= 3 ? byTail.get(a.name) : undefined));
  // 科特迪瓦通讯部 is 科特迪瓦共和国通讯部.
  const byStateless = allBy(ofType('organization'), (e) => [stateless(e.name)]);
  mergeWith(byKey, redirect, (a) => (a.type === 'organization' ? byStateless.get(stateless(a.name))?.find((b) => b.name.length > a.name.length) : undefined));
  // 新东方文旅公司 is 北京新东方文旅有限公司: a company named without its registered city and its legal form.
  const companyCore = (n: string) => withoutLeadingPlace(dict, n.replace(/(?:股份)?有限(?:责任)?公司$/u, '公司'), 5, ['province', 'city']);
  const isCompany = (e: Entity) => e.type === 'organization' && e.name.endsWith('公司');
  const byCompanyCore = allBy([...byKey.values()].filter(isCompany), (e) => [companyCore(e.name)]);
  mergeWith(byKey, redirect, (a) => (isCompany(a) ? byCompanyCore.get(companyCore(a.name))?.find((b) => b.name.length > a.name.length) : undefined));
  // 2024年国家网络安全宣传周开幕式 is the 宣传周; 国际微短剧大赛 is 2024年国际微短剧大赛.
  const ceremony = ['开幕式', '闭幕式', '启动仪式', '启动式', '颁奖典礼'];
  const eventsByName = new Map(ofType('event').map((e) => [e.name, e] as const));
  mergeWith(byKey, redirect, (a) => {
    if (a.type !== 'event') return undefined;
    const suffix = ceremony.find((c) => a.name.endsWith(c) && a.name.length > c.length);
    return suffix ? eventsByName.get(a.name.slice(0, -suffix.length)) : undefined;
  });
  // An opening ceremony named without its event stands for the event (…宣传周开幕式 → …宣传周).
  for (const e of ofType('event')) {
    const suffix = ceremony.slice(0, 2).find((c) => e.name.endsWith(c) && e.name.length > c.length + 3);
    if (!suffix) continue;
    const base = e.name.slice(0, -suffix.length);
    const id = entityId('event', base);
    if (byKey.has(id)) continue;
    byKey.delete(e.id);
    if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
    e.name = base;
    e.id = id;
    byKey.set(id, e);
  }
  const byCoreTail = allBy(ofType('event'), (e) => tails(eventCore(e.name), 4, true));
  mergeWith(byKey, redirect, (a) => (a.type === 'event' && eventCore(a.name).length >= 4
    ? byCoreTail.get(eventCore(a.name))?.find((b) => b.name.length > a.name.length) : undefined));
  // 北京微短剧扶持计划 abbreviates 北京大视听·网络微短剧“首亮微光”2.0扶持计划: a headline drops characters of a
  // long title but keeps its first character and its head word, in order.
  for (const type of ['document', 'event'] as const) {
    const byHead = allBy(ofType(type).filter((e) => byKey.has(e.id)), (e) => [e.name.slice(-2)]);
    for (const group of byHead.values()) {
      if (group.length < 2 || group.length > 200) continue;
      mergeWith(byKey, redirect, (a) => group.find((b) => b !== a && b.name.length > a.name.length && a.name.length >= 6
        && a.name[0] === b.name[0] && isSubsequence(a.name, b.name)), group);
    }
  }
  for (const m of mentions) {
    let e = m.entity;
    while (redirect.has(e)) e = redirect.get(e)!;
    m.entity = e;
  }

  const entities = [...byKey.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions: mentions.sort((a, b) => a.candidate.start - b.candidate.start) };
}

/**
 * Folds each entity (of `among`, by default all) into the one `partner` names: mentions and aliases
 * move, the entity disappears.
 */
function mergeWith(byKey: Map<string, Entity>, redirect: Map<Entity, Entity>, partner: (a: Entity) => Entity | undefined, among: Iterable<Entity> = byKey.values()): void {
  for (const a of [...among]) {
    let b = partner(a);
    while (b && redirect.has(b)) b = redirect.get(b)!;
    if (!b || b === a || !byKey.has(a.id) || !byKey.has(b.id)) continue;
    const aliases = new Set(b.aliases);
    for (const alias of [a.name, ...a.aliases]) if (alias !== b.name && !aliases.has(alias)) { aliases.add(alias); b.aliases.push(alias); }
    for (const m of a.mentions) b.mentions.push(m);
    byKey.delete(a.id);
    redirect.set(a, b);
  }
}

/** Whether the characters of `short` occur in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** The endings of `name` from `min` characters up (all of them with `inclusive`, else only proper ones). */
function tails(name: string, min: number, inclusive = false): string[] {
  const out: string[] = [];
  for (let n = min; n < name.length + (inclusive ? 1 : 0); n++) out.push(name.slice(name.length - n));
  return out;
}

/** Index of the first entity under each key. */
function firstBy(entities: Entity[], keys: (e: Entity) => string[]): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const e of entities) for (const k of keys(e)) if (!map.has(k)) map.set(k, e);
  return map;
}

/** Index of all entities under each key. */
function allBy(entities: Entity[], keys: (e: Entity) => string[]): Map<string, Entity[]> {
  const map = new Map<string, Entity[]>();
  for (const e of entities) for (const k of keys(e)) { const list = map.get(k); if (list) list.push(e); else map.set(k, [e]); }
  return map;
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
