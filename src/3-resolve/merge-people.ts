import { firstBy, type EntityTable } from './entity-table.js';

/** The dot between the parts of a transliterated name (阿马杜·库里巴利). */
const NAME_DOT = /[·•]/;

/** 库里巴利 is 阿马杜·库里巴利: a bare family name joins the full transliteration (officials, then people). */
export function mergeFamilyNames(table: EntityTable): void {
  for (const type of ['official', 'person'] as const) {
    const byLast = firstBy(table.ofType(type).filter((e) => NAME_DOT.test(e.name)), (e) => [e.name.split(NAME_DOT).at(-1)!]);
    table.merge((a) => (a.type === type && !NAME_DOT.test(a.name) ? byLast.get(a.name) : undefined));
  }
}
