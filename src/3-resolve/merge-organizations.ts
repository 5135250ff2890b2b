import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Entity } from '../types.js';
import { allBy, firstBy, type EntityTable } from './entity-table.js';
import { isSubsequence, stateless, tails, withoutLeadingPlace } from './names.js';

/** 对外合作部 is 中国网络视听协会对外合作部: an unknown unit (3 characters or more) joins the longer name it ends. */
export function mergeUnitsIntoLongerNames(table: EntityTable, dict: CompiledDictionary): void {
  const byTail = firstBy(table.ofType('organization'), (e) => tails(e.name, 3));
  table.merge((a) => (a.type === 'organization' && !dict.organizationByName.has(a.name) && a.name.length >= 3 ? byTail.get(a.name) : undefined));
}

/** 科特迪瓦通讯部 is 科特迪瓦共和国通讯部: a body named without its state's formal name joins the one named with it. */
export function mergeStateNames(table: EntityTable, dict: CompiledDictionary): void {
  const byStateless = allBy(table.ofType('organization'), (e) => [stateless(dict, e.name)]);
  table.merge((a) => (a.type === 'organization' ? byStateless.get(stateless(dict, a.name))?.find((b) => b.name.length > a.name.length) : undefined));
}

/**
 * 朝广电委 is 朝鲜中央广播电视委员会, 俄大众传媒署 俄罗斯联邦大众传媒署: a foreign body written with its
 * country's one-character form (朝, 俄) and its own name kept or cut to characters of its words, in order,
 * down to the head word (委员会 → 委). China's 中 is left out: 中宣部 and its kind are the dictionary's.
 */
export function mergeCountryAbbreviations(table: EntityTable, dict: CompiledDictionary): void {
  const organizations = table.ofType('organization');
  table.merge((a) => {
    const country = dict.countryByAbbreviation.get(a.name[0] ?? '');
    if (!country || country.abbreviation === '中' || a.name.length < 4 || a.name.startsWith(country.name) || dict.organizationByName.has(a.name)) return undefined;
    const short = a.name.slice(1);
    return organizations.find((b) => b !== a && b.name.startsWith(country.name) && abbreviates(short, b.name.slice(country.name.length)));
  }, organizations);
}

/** Whether `short` keeps characters of `long` in order, ending in its head word (its last three characters). */
function abbreviates(short: string, long: string): boolean {
  return long.length > short.length && isSubsequence(short, long) && long.slice(-3).includes(short.slice(-1));
}

const isCompany = (e: Entity) => e.type === 'organization' && e.name.endsWith('公司');

/** 新东方文旅公司 is 北京新东方文旅有限公司: a company named without its registered city and its legal form. */
export function mergeCompanyCores(table: EntityTable, dict: CompiledDictionary): void {
  const companyCore = (n: string) => withoutLeadingPlace(dict, n.replace(/(?:股份)?有限(?:责任)?公司$/u, '公司'), 5, ['province', 'city']);
  const byCompanyCore = allBy(table.all().filter(isCompany), (e) => [companyCore(e.name)]);
  table.merge((a) => (isCompany(a) ? byCompanyCore.get(companyCore(a.name))?.find((b) => b.name.length > a.name.length) : undefined));
}
