import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Entity } from '../types.js';
import type { EntityTable } from './entity-table.js';
import { LEGAL_FORM_END } from './names.js';

/** A company's legal form alone: what a body's name takes to name the company that runs it (央视频 → 央视频公司). */
const LEGAL_FORM = new RegExp(`^${LEGAL_FORM_END.source}`, 'u');

/**
 * A unit named after its parent is one unit whichever spelling of the parent its name begins with
 * (阿里巴巴集团大文娱工作领导小组, 阿里巴巴大文娱工作领导小组: 阿里巴巴集团 by its name and by its alias): the
 * names join the fullest. A name that is a spelling of the parent and its head word (阿里集团: 阿里 + 集团
 * of 阿里巴巴集团) or the parent and a legal form (央视频公司) is the parent itself.
 */
export function mergeParentSpellings(table: EntityTable, dict: CompiledDictionary): void {
  const groups = new Map<string, Entity[]>();
  const parentItself = new Map<Entity, Entity>();
  for (const e of table.ofType('organization')) {
    const parentName = e.attributes?.parent;
    if (typeof parentName !== 'string') continue;
    const rest = restAfterParent(e.name, parentName, dict);
    if (rest === undefined) continue;
    const parent = table.byKey.get(`organization:${parentName}`);
    // 阿里集团 (alias + the parent's head word), 央视频公司 (the parent + a legal form): the parent itself.
    const itself = (parentName.endsWith(rest) && rest.length < parentName.length) || LEGAL_FORM.test(rest);
    if (parent && itself && !dict.organizationByName.has(e.name)) { parentItself.set(e, parent); continue; }
    const key = `${parentName}\u0000${rest}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  table.merge((a) => parentItself.get(a), parentItself.keys());
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const fullest = group.reduce((x, y) => (y.name.length > x.name.length ? y : x));
    // Two bodies of the dictionary are two bodies, however their names are spelled.
    const known = (e: Entity) => dict.organizationByName.has(e.name);
    table.merge((a) => (a === fullest || (known(a) && known(fullest)) ? undefined : fullest), group);
  }
}

/** What follows the longest spelling of `parentName` (its name or a dictionary alias of 2 characters or more) that begins `name`. */
function restAfterParent(name: string, parentName: string, dict: CompiledDictionary): string | undefined {
  const spellings = [parentName, ...(dict.organizationByName.get(parentName)?.aliases ?? [])].filter((s) => s.length >= 2);
  const longest = spellings.filter((s) => name.startsWith(s) && name.length > s.length).sort((a, b) => b.length - a.length)[0];
  return longest === undefined ? undefined : name.slice(longest.length);
}
