import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Entity } from '../types.js';
import type { EntityTable } from './entity-table.js';
import { LEGAL_FORM_END } from './names.js';

const LOCAL = ['province', 'city'];

/**
 * 北京局 is 北京市广播电视局, 湖南台 湖南广播电视台: a province or city and the head character of a body
 * (局, 台, 厅) stand for the one body of that place with that head the document names in full.
 */
export function mergePlaceHeads(table: EntityTable, dict: CompiledDictionary): void {
  const organizations = table.ofType('organization');
  table.merge((a) => {
    if (a.name.length > 5 || dict.organizationByName.has(a.name)) return undefined;
    const place = a.name.slice(0, -1);
    if (!LOCAL.includes(dict.places.get(place)?.kind ?? '')) return undefined;
    const head = a.name.slice(-1);
    return only(organizations.filter((b) => b !== a && b.name.length > a.name.length + 1 && b.name.startsWith(place) && b.name.endsWith(head)));
  }, organizations);
}

/**
 * 四达公司 is 四达时代公司: the first characters of a company's name and 公司 stand for the one company
 * of the document whose name (or a spelling of it) begins with them. A place is no such beginning (北京公司).
 */
export function mergeCompanyPrefixes(table: EntityTable, dict: CompiledDictionary): void {
  const organizations = table.ofType('organization');
  const spellings = (b: Entity) => [b.name, ...b.aliases].map((n) => n.replace(LEGAL_FORM_END, ''));
  table.merge((a) => {
    // Only the bare 公司 of a short name (万象科技有限公司 is a registered name, not a short one).
    if (!a.name.endsWith('公司') || /(?:有限|股份)公司$/u.test(a.name) || dict.organizationByName.has(a.name)) return undefined;
    const prefix = a.name.slice(0, -2);
    if (prefix.length < 2 || dict.places.has(prefix)) return undefined;
    // A longer name holding the short one whole (…公司和…公司) is a list, not a spelling of it.
    return only(organizations.filter((b) => b !== a && !b.name.includes(a.name) && spellings(b).some((s) => s.length > prefix.length && s.startsWith(prefix))));
  }, organizations);
}

/** The one entity of `list`, undefined when there are none or several. */
const only = (list: Entity[]): Entity | undefined => (list.length === 1 ? list[0] : undefined);
