import type { CompiledDictionary } from '../dictionary/compile.js';
import { allBy, type EntityTable } from './entity-table.js';
import { tails, withoutLeadingPlace } from './names.js';

/** Ceremonies of an event, named as the event + the ceremony; the first two open and close it. */
const CEREMONIES = ['开幕式', '闭幕式', '启动仪式', '启动式', '颁奖典礼'];
const OPENING_AND_CLOSING = CEREMONIES.slice(0, 2);

/** 2024年国家网络安全宣传周开幕式 is the 宣传周 when the document names it: a ceremony joins its event. */
export function mergeCeremoniesIntoEvents(table: EntityTable): void {
  const eventsByName = new Map(table.ofType('event').map((e) => [e.name, e] as const));
  table.merge((a) => {
    if (a.type !== 'event') return undefined;
    const suffix = CEREMONIES.find((c) => a.name.endsWith(c) && a.name.length > c.length);
    return suffix ? eventsByName.get(a.name.slice(0, -suffix.length)) : undefined;
  });
}

/** An opening ceremony named without its event stands for the event (…宣传周开幕式 → …宣传周, its old name an alias). */
export function nameCeremoniesByEvent(table: EntityTable): void {
  for (const e of table.ofType('event')) {
    const suffix = OPENING_AND_CLOSING.find((c) => e.name.endsWith(c) && e.name.length > c.length + 3);
    if (suffix) table.rename(e, e.name.slice(0, -suffix.length));
  }
}

/** Strips what varies between mentions of one event (年份, 届次, quotes) to compare names. */
const eventCoreOf = (dict: CompiledDictionary) => (name: string): string => {
  const core = name.replace(dict.editionLead, '').replace(/[“”"《》\s]/g, '');
  // 俄罗斯莫斯科…交易展 and 2024年莫斯科…交易展 are one fair: a leading country is no part of the name.
  return withoutLeadingPlace(dict, core, 6, ['country']);
};

/** 国际微短剧大赛 is 2024年国际微短剧大赛: an event joins a longer one whose core (no year, edition, quotes, country) ends with its core. */
export function mergeEventCores(table: EntityTable, dict: CompiledDictionary): void {
  const eventCore = eventCoreOf(dict);
  const byCoreTail = allBy(table.ofType('event'), (e) => tails(eventCore(e.name), 4, true));
  table.merge((a) => (a.type === 'event' && eventCore(a.name).length >= 4
    ? byCoreTail.get(eventCore(a.name))?.find((b) => b.name.length > a.name.length) : undefined));
}
