import { extract } from '../../src/5-extract/extractor.js';
import type { RelationType } from '../../src/types.js';

/** The facts of `type` extracted from `text` (dated 2024-09-09), as `source → target` entity names. */
export function namedFacts(text: string, type: RelationType): string[] {
  const result = extract(text, { date: '2024-09-09' });
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations.filter((r) => r.type === type).map((r) => `${name.get(r.source)} → ${name.get(r.target)}`);
}
