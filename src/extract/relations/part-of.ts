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
        out.push({ type: 'part_of', source: unit, target: parent, sentence: view.sentence });
      }
    }
    return out;
  },
};
