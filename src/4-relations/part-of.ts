import type { RelationCandidate, RelationContext, RelationRule } from './index.js';
import { bareDepartmentOwners } from './part-of-departments.js';
import { headlineBusiness } from './part-of-topic.js';
import { fact, isOrg, sentenceViews } from './sentence-view.js';

/**
 * part_of: a unit inside its parent (网络视听节目管理司 → 国家广播电视总局, 湖南卫视 → 湖南广播电视台), from the
 * dictionary's `parent` or from a unit named right after its parent (中国网络视听协会 对外合作部), when the
 * parent is named in the same document; a department named bare in a list after its body (part-of-departments.ts).
 */
export const partOf: RelationRule = {
  name: 'part-of',
  relate(ctx: RelationContext): RelationCandidate[] {
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
        // parent's name (搜狐视频, 中共辽宁省委宣传部); a ministry under 国务院, an app under its group or a channel
        // under its station named apart is news of another kind (SCHEMA: only what the text states).
        // A unit spelled glued to its parent's name (中国移动咪咕公司: parentMention) states the link in the text.
        const fromText = unit.candidate.parent === parentName && (unit.candidate.by !== 'dictionary-terms' || unit.candidate.parentMention !== undefined);
        const entry = ctx.dictionary.organizationByName.get(parentName);
        const parentNames = [parentName, ...(entry?.aliases ?? [])];
        const internal = /(?:司|厅|处|室)$/u.test(unit.entity.name);
        const named = parentNames.some((n) => n.length >= 2 && unit.entity.name.toLowerCase().includes(n.toLowerCase()));
        if (!fromText && !internal && !named) continue;
        out.push(fact('part_of', unit, parent, { ...view, date: undefined }));
      }
      const orgs = view.actors.filter(isOrg);
      // 小米…任命卢伟冰兼任手机部总裁: a unit named by its function alone belongs to the organization named
      // before it in the sentence (the last one that is not such a unit itself), else to the business of the headline.
      for (const unit of orgs) {
        if (!unit.candidate.unit) continue;
        const owner = orgs.filter((o) => o.candidate.end <= unit.candidate.start && !o.candidate.unit && o.entity.id !== unit.entity.id).at(-1) ?? headlineBusiness(views, view);
        if (owner) out.push(fact('part_of', unit, owner, { ...view, date: undefined }));
      }
      for (const [unit, owner] of bareDepartmentOwners(ctx, view, (name) => firstMention.get(`organization:${name}`))) out.push(fact('part_of', unit, owner, { ...view, date: undefined }));
      // 欧盟宣布成立人工智能办公室, X及其全资子公司Y, X旗下的Y: the text says who the unit belongs to
      // (grammar.json foundingAdverbs, foundingVerbs, subsidiaryWords).
      for (let i = 0; i < orgs.length; i++) for (let j = i + 1; j < orgs.length; j++) {
        const [owner, unit] = [orgs[i]!, orgs[j]!];
        const between = ctx.text.slice(owner.candidate.end, unit.candidate.start);
        if (ctx.dictionary.ownsUnit.test(between)) out.push(fact('part_of', unit, owner, { ...view, date: undefined }));
        // 湖南广播电视台是湖南广电集团旗下的…, X隶属于Y: the unit first, its owner after (grammar.json belongingVerbs);
        // after 是 / 为 / 系 / 作为 only where the words after the owner say so (ownerWordsAfter: 旗下, 下属, (的)(全资)子公司).
        else if (ctx.dictionary.belongsTo.test(between) && (/^(?:隶属|从属)/u.test(between) || ctx.dictionary.ownedAfter.test(ctx.text.slice(unit.candidate.end, unit.candidate.end + 6)))) {
          out.push(fact('part_of', owner, unit, { ...view, date: undefined }));
        }
      }
      // 该公司由华谊兄弟传媒股份有限公司全资持股: the company the paragraph is about belongs to the holder.
      const held = /(?:该公司|其)?由$/u;
      for (const holder of orgs) {
        if (!/^(?:全资)?(?:持股|控股)/u.test(ctx.text.slice(holder.candidate.end, holder.candidate.end + 4))) continue;
        if (!held.test(ctx.text.slice(Math.max(view.sentence.start, holder.candidate.start - 4), holder.candidate.start))) continue;
        const subject = orgs.filter((o) => o.candidate.end <= holder.candidate.start && o !== holder).at(-1)
          ?? views.slice(Math.max(0, view.index - 3), view.index).flatMap((v) => v.actors).filter((m) => m.entity.type === 'organization' && m.entity.subtype === 'company').at(-1);
        if (subject) out.push(fact('part_of', subject, holder, { ...view, date: undefined }));
      }
    }
    return out;
  },
};
