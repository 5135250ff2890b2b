import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { sentenceViews } from './sentence-view.js';

/**
 * part_of: a unit inside its parent (网络视听节目管理司 → 国家广播电视总局, 湖南卫视 → 湖南广播电视台), from the
 * dictionary's `parent` or from a unit named right after its parent (中国网络视听协会 对外合作部), when the
 * parent is named in the same document.
 */
export const partOf: RelationRule = {
  name: 'part-of',
  extract(ctx: RelationContext): RelationCandidate[] {
    const out: RelationCandidate[] = [];
    const views = sentenceViews(ctx);
    const firstMention = new Map(ctx.resolution.mentions.map((m) => [m.entity.id, m] as const).reverse());
    for (const view of views) {
      for (const unit of view.mentions.filter((m) => m.entity.type === 'organization')) {
        const parentName = unit.candidate.parent ?? (unit.entity.attributes?.parent as string | undefined);
        if (!parentName || parentName === unit.entity.name) continue;
        const parent = firstMention.get(`organization:${parentName}`);
        if (!parent) continue;
        // A dictionary parent counts when the unit is an internal department (…司, …办公厅) or carries the
        // parent's name (搜狐视频, 中共辽宁省委宣传部); a ministry under 国务院 or an app under its group is news of another kind.
        const fromText = unit.candidate.parent === parentName && unit.candidate.by !== 'dictionary-terms';
        const entry = ctx.dictionary.organizationByName.get(parentName);
        const parentNames = [parentName, ...(entry?.aliases ?? [])];
        const internal = /(?:司|厅|处|室)$/u.test(unit.entity.name);
        const named = parentNames.some((n) => n.length >= 2 && unit.entity.name.toLowerCase().includes(n.toLowerCase()));
        const channel = unit.entity.subtype === 'broadcaster' && entry?.subtype === 'broadcaster';
        if (!fromText && !internal && !named && !channel) continue;
        out.push({ type: 'part_of', source: unit, target: parent, sentence: view.sentence });
      }
    }
    return out;
  },
};
