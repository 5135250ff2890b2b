/**
 * Colours and display labels of the HTML viewer. Typed as records over the type unions, so a new
 * entity or relation type in `src/types.ts` fails to compile until it is given a colour and label here.
 */
import type { EntityType, RelationType } from '../../types.js';

export const ENTITY_TYPE_STYLES: Record<EntityType, { color: string; label: string }> = {
  organization: { color: '#2f6fde', label: 'organization 机构' },
  official: { color: '#e0532f', label: 'official 官员' },
  person: { color: '#e6a100', label: 'person 人物' },
  work: { color: '#2ba36b', label: 'work 作品' },
  agreement: { color: '#8e5bd6', label: 'agreement 协议' },
  document: { color: '#129fb0', label: 'document 文件' },
  event: { color: '#d94f9c', label: 'event 活动' },
};

/** Colour of a node whose type is not an {@link EntityType}. */
export const UNKNOWN_TYPE_COLOR = '#8a93a0';

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
};
