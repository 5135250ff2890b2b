/**
 * The JSON form of a knowledge graph: graphology's serialisation plus the documents, validated when
 * read back so a wrong or hand-edited file fails with a message naming the bad field.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import { KnowledgeGraphError } from './errors.js';
import type { SerializedKnowledgeGraph } from './types.js';

const evidenceSchema = z.looseObject({
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  document: z.string(),
  date: z.string().optional(),
});

const nodeAttributesSchema = z.looseObject({
  label: z.string(),
  type: z.enum(ENTITY_TYPES),
  subtype: z.string().optional(),
  aliases: z.array(z.string()),
  mentions: z.number(),
  documents: z.array(z.string()),
});

const edgeAttributesSchema = z.looseObject({
  type: z.enum(RELATION_TYPES),
  title: z.string().optional(),
  status: z.enum(['current', 'former']).optional(),
  date: z.string().optional(),
  evidence: z.array(evidenceSchema),
  documents: z.array(z.string()),
});

const serializedSchema = z.object({
  format: z.literal('shiting-kg'),
  version: z.literal(1),
  graph: z.looseObject({
    options: z.looseObject({ type: z.literal('directed'), multi: z.literal(true) }),
    attributes: z.record(z.string(), z.unknown()).optional(),
    nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema })),
    edges: z.array(
      z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: edgeAttributesSchema }),
    ),
  }),
  documents: z.array(
    z.looseObject({
      id: z.string(),
      date: z.string().optional(),
      title: z.string().optional(),
      source: z.string().optional(),
      hash: z.string().optional(),
      entities: z.number(),
      relations: z.number(),
    }),
  ),
});

/**
 * Check that `data` is a serialised knowledge graph (`kg.toJSON()`); throws `shiting-kg: …` naming
 * the first bad field otherwise.
 */
export function parseSerializedKnowledgeGraph(data: unknown): SerializedKnowledgeGraph {
  const parsed = serializedSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'top level';
    throw new KnowledgeGraphError(`not a shiting-kg graph JSON: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return structuredClone(data) as SerializedKnowledgeGraph;
}
