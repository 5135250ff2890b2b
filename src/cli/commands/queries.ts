/**
 * The queries `shiting-kg query` knows: each turns arguments into a result (printed as JSON with
 * `--json`) and a table. A new query is one entry here.
 */
import type { ExtractionGraph } from '../../6-graph/knowledge-graph.js';
import type { RelationView } from '../../6-graph/types.js';
import { RELATION_TYPES, type RelationType } from '../../types.js';
import { CliError } from '../errors.js';

export interface QueryOptions {
  relation?: string;
  direction?: string;
  limit?: string;
  by?: string;
  at?: string;
}

export interface QueryOutput {
  /** What `--json` prints. */
  result: unknown;
  headers: string[];
  rows: unknown[][];
}

export interface QuerySpec {
  /** Names of the arguments, for usage messages. */
  args: string[];
  description: string;
  run(kg: ExtractionGraph, args: string[], options: QueryOptions): QueryOutput;
}

const arrow = (direction: 'out' | 'in'): string => (direction === 'out' ? '→' : '←');
const relationLabel = (relation: Pick<RelationView, 'type' | 'title'>): string =>
  relation.title === undefined ? relation.type : `${relation.type} (${relation.title})`;

function relationOption(value: string | undefined): RelationType | undefined {
  if (value === undefined) return undefined;
  if (!(RELATION_TYPES as readonly string[]).includes(value)) {
    throw new CliError(`--relation: unknown relation type "${value}" (known: ${RELATION_TYPES.join(', ')})`);
  }
  return value as RelationType;
}

function directionOption(value: string | undefined): 'out' | 'in' | 'both' {
  if (value === undefined) return 'both';
  if (value !== 'out' && value !== 'in' && value !== 'both') throw new CliError(`--direction: expected out, in or both, got "${value}"`);
  return value;
}

function limitOption(value: string | undefined): number {
  const limit = value === undefined ? 10 : Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit: expected a positive integer, got "${value}"`);
  return limit;
}

function atOption(value: string | undefined): { at?: string } {
  if (value === undefined) return {};
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) throw new CliError(`--at: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return { at: value };
}

const tenure = (r: { from?: string; to?: string }): string => (r.from ?? r.to ? `${r.from ?? ''}–${r.to ?? ''}` : '');

/** A table of posts, with a `term` column (2019-06–2023) when some post has dates. */
function postsTable(headers: string[], rows: unknown[][], posts: Array<{ from?: string; to?: string }>): { headers: string[]; rows: unknown[][] } {
  if (!posts.some((p) => p.from !== undefined || p.to !== undefined)) return { headers, rows };
  return { headers: [...headers, 'term'], rows: rows.map((row, i) => [...row, tenure(posts[i]!)]) };
}

function arg(args: string[], i: number): string {
  return args[i] as string;
}

/** Every query, by name. */
export const QUERIES: Readonly<Record<string, QuerySpec>> = {
  'officials-of': {
    args: ['org'],
    description: 'people holding a position in an organization (--at DATE: then)',
    run(kg, args, options) {
      const result = kg.officialsOf(arg(args, 0), atOption(options.at));
      return { result, ...postsTable(['person', 'title', 'status', 'date'], result.map((r) => [r.person.name, r.title, r.status, r.date]), result) };
    },
  },
  'positions-of': {
    args: ['person'],
    description: 'positions a person holds (--at DATE: then)',
    run(kg, args, options) {
      const result = kg.positionsOf(arg(args, 0), atOption(options.at));
      return { result, ...postsTable(['organization', 'title', 'status', 'date'], result.map((r) => [r.organization.name, r.title, r.status, r.date]), result) };
    },
  },
  'works-of': {
    args: ['org'],
    description: 'works an organization produced or broadcast',
    run(kg, args) {
      const result = kg.worksOf(arg(args, 0));
      return { result, headers: ['work', 'relation', 'date'], rows: result.map((r) => [r.work.name, r.relation, r.date]) };
    },
  },
  'agreements-of': {
    args: ['org'],
    description: 'agreements an organization signed, with the counterparties',
    run(kg, args) {
      const result = kg.agreementsOf(arg(args, 0));
      return {
        result,
        headers: ['agreement', 'counterparties', 'date'],
        rows: result.map((r) => [r.agreement.name, r.counterparties.map((c) => c.name).join('、'), r.date]),
      };
    },
  },
  'issued-by': {
    args: ['org'],
    description: 'documents an organization issued',
    run(kg, args) {
      const result = kg.documentsIssuedBy(arg(args, 0));
      return { result, headers: ['document', 'date'], rows: result.map((r) => [r.document.name, r.date]) };
    },
  },
  neighbors: {
    args: ['entity'],
    description: 'entities linked to an entity (--relation TYPE, --direction out|in|both)',
    run(kg, args, options) {
      const relation = relationOption(options.relation);
      const result = kg.neighbors(arg(args, 0), { ...(relation && { relation }), direction: directionOption(options.direction) });
      return {
        result,
        headers: ['', 'relation', 'entity', 'type', 'date'],
        rows: result.map((r) => [arrow(r.direction), relationLabel(r.relation), r.entity.name, r.entity.type, r.relation.date]),
      };
    },
  },
  timeline: {
    args: ['entity'],
    description: 'dated relations of an entity, in date order',
    run(kg, args) {
      const result = kg.timeline(arg(args, 0));
      return {
        result,
        headers: ['date', '', 'relation', 'entity'],
        rows: result.map((r) => [r.date, arrow(r.direction), relationLabel(r.relation), r.other.name]),
      };
    },
  },
  path: {
    args: ['from', 'to'],
    description: 'shortest chain of relations between two entities (any direction)',
    run(kg, args) {
      const result = kg.shortestPath(arg(args, 0), arg(args, 1));
      if (result === null) throw new CliError(`no path between "${arg(args, 0)}" and "${arg(args, 1)}"`);
      return {
        result,
        headers: ['#', 'via', 'entity', 'type'],
        rows: result.map((step, i) => [
          i,
          step.via === undefined ? '' : `${arrow(step.via.direction)} ${relationLabel(step.via.relation)}`,
          step.entity.name,
          step.entity.type,
        ]),
      };
    },
  },
  find: {
    args: ['text'],
    description: 'entities whose name or alias contains the text',
    run(kg, args) {
      const result = kg.findEntities({ name: arg(args, 0), match: 'substring' });
      return { result, headers: ['id', 'name', 'type', 'subtype'], rows: result.map((r) => [r.id, r.name, r.type, r.subtype]) };
    },
  },
  rank: {
    args: [],
    description: 'most central entities (--by degree|pagerank, --limit N)',
    run(kg, _args, options) {
      const by = options.by ?? 'degree';
      if (by !== 'degree' && by !== 'pagerank') throw new CliError(`--by: expected degree or pagerank, got "${by}"`);
      const result = kg.rank({ by, limit: limitOption(options.limit) });
      return { result, headers: ['#', 'entity', 'type', by], rows: result.map((r, i) => [i + 1, r.entity.name, r.entity.type, Number(r.score.toFixed(6))]) };
    },
  },
};
