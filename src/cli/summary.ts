/**
 * The summary printed after `extract` and by `stats`.
 */
import type { GraphSummary } from '../6-graph/queries/summarize.js';
import { formatTable } from './table.js';

function counts(title: string, byType: Record<string, number>): string {
  const rows = Object.entries(byType).filter(([, count]) => count > 0);
  if (rows.length === 0) return `${title}: none\n`;
  return `${title}:\n${formatTable(['type', 'count'], rows).replace(/^(?=.)/gm, '  ')}`;
}

/** Documents, entities and relations by type, and the top entities by degree, as text. */
export function formatSummary(summary: GraphSummary & { documents: number }): string {
  const top = summary.topEntities.map(({ entity, score }, i) => [i + 1, entity.name, entity.type, score]);
  return [
    `documents: ${summary.documents}, entities: ${summary.entities}, relations: ${summary.relations}\n`,
    counts('entities by type', summary.entitiesByType),
    counts('relations by type', summary.relationsByType),
    top.length === 0 ? '' : `top entities by degree:\n${formatTable(['#', 'entity', 'type', 'degree'], top).replace(/^(?=.)/gm, '  ')}`,
  ].join('');
}
