import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Entity } from '../types.js';
import { allBy, firstBy, type EntityTable } from './entity-table.js';
import { stateless, tails, withoutLeadingPlace } from './names.js';

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

const isCompany = (e: Entity) => e.type === 'organization' && e.name.endsWith('公司');

/** 新东方文旅公司 is 北京新东方文旅有限公司: a company named without its registered city and its legal form. */
export function mergeCompanyCores(table: EntityTable, dict: CompiledDictionary): void {
  const companyCore = (n: string) => withoutLeadingPlace(dict, n.replace(/(?:股份)?有限(?:责任)?公司$/u, '公司'), 5, ['province', 'city']);
  const byCompanyCore = allBy(table.all().filter(isCompany), (e) => [companyCore(e.name)]);
  table.merge((a) => (isCompany(a) ? byCompanyCore.get(companyCore(a.name))?.find((b) => b.name.length > a.name.length) : undefined));
}
