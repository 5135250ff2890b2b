import type { CompiledDictionary } from '../dictionary/compile.js';
import type { Candidate } from '../2-mentions/recognizer.js';

/**
 * 中国移动咪咕公司 is the body 咪咕 written after its parent's name, as news names a subsidiary: when a
 * dictionary body follows right on the name of its own dictionary parent, the two spans are one mention
 * of the subsidiary, and the parent's span stays its parent's mention (`parentMention`, read by
 * parentsInNames), so both bodies keep their mentions and the subsidiary is found by its full spelling.
 */
export function joinGluedParents(candidates: readonly Candidate[], dict: CompiledDictionary): Candidate[] {
  const parentAt = new Map<number, Candidate>();
  for (const c of candidates) if (isDictionaryBody(c, dict)) parentAt.set(c.end, c);
  const joined = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const parent = isDictionaryBody(c, dict) && c.parentMention === undefined ? parentAt.get(c.start) : undefined;
    if (parent === undefined || parent.name !== c.parent) { out.push(c); continue; }
    joined.add(parent);
    out.push({ ...c, start: parent.start, parentMention: parent });
  }
  return out.filter((c) => !joined.has(c));
}

const isDictionaryBody = (c: Candidate, dict: CompiledDictionary): boolean =>
  c.kind === 'organization' && !c.shortForm && dict.organizationByName.has(c.name);
