import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Candidate } from '../2-mentions/recognizer.js';

/** What follows the parent's name in a unit's name spelled as parent + unit (办公厅 of 中央宣传部办公厅, …司, …处). */
const UNIT_AFTER_PARENT = /^(?:办公厅|办公室)$|司$|处$/u;

/**
 * 中央宣传部办公厅 names its parent 中央宣传部 too: the parent is mentioned where its name begins the
 * unit's. Only an office or department spelled as parent + unit (中央宣传部 + 办公厅, 国家广播电视总局 +
 * 网络视听节目管理司) counts; the longest spelling of the parent that begins the unit's name is the mention.
 */
export function parentsInNames(candidates: readonly Candidate[], text: string, dict: CompiledDictionary): Candidate[] {
  const derived: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'organization' || c.shortForm || !c.parent) continue;
    // 山西省民政厅社会组织管理局: the recognizer that glued the unit to its parent kept the parent's mention.
    if (c.parentMention) { derived.push({ ...c.parentMention, parent: undefined, priority: 0, by: 'parent-in-name' }); continue; }
    const parent = dict.organizationByName.get(c.parent);
    if (!parent) continue;
    const surface = text.slice(c.start, c.end);
    const prefix = [parent.name, ...parent.aliases].filter((s) => s.length >= 2 && s.length < surface.length && surface.startsWith(s)
      && UNIT_AFTER_PARENT.test(surface.slice(s.length))).sort((a, b) => b.length - a.length)[0];
    if (prefix) derived.push({ kind: 'organization', start: c.start, end: c.start + prefix.length, name: parent.name, subtype: parent.subtype, priority: 0, by: 'parent-in-name' });
  }
  return derived;
}
