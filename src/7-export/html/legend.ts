/**
 * Colours and display labels of the HTML viewer. Typed as records over the type unions, so a new
 * entity or relation type in `src/types.ts` fails to compile until it is given a colour and label here.
 */
import { ENTITY_COLORS } from '../../6-graph/palette.js';
import type { EntityType, RelationType } from '../../types.js';

export const ENTITY_LABELS: Record<EntityType, string> = {
  organization: 'organization 机构',
  official: 'official 官员',
  person: 'person 人物',
  work: 'work 作品',
  agreement: 'agreement 协议',
  document: 'document 文件',
  event: 'event 活动',
};

/** Colour (shared with the layout's palette) and label of each entity type. */
export const ENTITY_TYPE_STYLES = Object.fromEntries(
  (Object.keys(ENTITY_LABELS) as EntityType[]).map((t) => [t, { color: ENTITY_COLORS[t], label: ENTITY_LABELS[t] }]),
) as Record<EntityType, { color: string; label: string }>;

export const RELATION_LABELS: Record<RelationType, string> = {
  holds_position: 'holds position 任职',
  met_with: 'met with 会见',
  signed: 'signed 签署',
  produced: 'produced 出品',
  broadcast: 'broadcast 播出',
  issued: 'issued 发布',
  organized: 'organized 主办',
  part_of: 'part of 隶属',
  cooperates_with: 'cooperates with 合作',
  succeeded_by: 'succeeded by 改组为',
};
