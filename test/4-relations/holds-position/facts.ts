import { extract } from '../../../src/5-extract/index.js';

/**
 * The holds_position facts extracted from `text`, as `person>organization:title` strings (`(former)`
 * appended to a former post), sorted: a table row states every fact of its sentence.
 */
export function positionFacts(text: string): string[] {
  const result = extract(text, { date: '2024-09-09' });
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations
    .filter((r) => r.type === 'holds_position')
    .map((r) => `${name.get(r.source)}>${name.get(r.target)}:${r.title ?? ''}${r.status === 'former' ? '(former)' : ''}`)
    .sort();
}
