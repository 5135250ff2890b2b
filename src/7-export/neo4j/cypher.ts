/**
 * Cypher import: statements that read their data from the `$rows` parameter (never from the query
 * text), one statement per label and per relationship type, plus the parameter batches as the body
 * of a Neo4j HTTP transaction (`POST /db/neo4j/tx/commit`).
 */
import type { KnowledgeGraphData } from '../../6-graph/types.js';
import { edgeWeight } from '../scalar-attributes.js';
import { ENTITY_LABEL, labelOf, relationshipTypeOf } from './schema.js';

/** Rows per statement in `import.json`. */
export const BATCH_SIZE = 1000;

/** The uniqueness constraint the MERGE statements rely on (schema changes run in their own transaction). */
export const SCHEMA_STATEMENT = `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`;

/** The statement merging the nodes of one label; `label` comes from the whitelist. */
function nodeStatement(label: string): string {
  return `UNWIND $rows AS row\nMERGE (n:${ENTITY_LABEL} {id: row.id})\nSET n += row.props, n:${label}`;
}

/** The statement merging the relationships of one type; `type` comes from the whitelist. */
function relationshipStatement(type: string): string {
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${ENTITY_LABEL} {id: row.source})`,
    `MATCH (b:${ENTITY_LABEL} {id: row.target})`,
    `MERGE (a)-[r:${type} {key: row.key}]->(b)`,
    'SET r += row.props',
  ].join('\n');
}

type Props = Record<string, string | number | string[]>;

export interface CypherStatement {
  statement: string;
  parameters: { rows: Array<Record<string, string | Props>> };
}

function withoutUndefined(props: Record<string, string | number | string[] | undefined>): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Props;
}

/** Group rows by statement, keeping first-seen order, then cut each group into batches. */
function batches(groups: Map<string, Array<Record<string, string | Props>>>): CypherStatement[] {
  const statements: CypherStatement[] = [];
  for (const [statement, rows] of groups) {
    for (let i = 0; i < rows.length; i += BATCH_SIZE) statements.push({ statement, parameters: { rows: rows.slice(i, i + BATCH_SIZE) } });
  }
  return statements;
}

function push<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [value]);
  else group.push(value);
}

/** The node statements then the relationship statements, each with its batch of rows. */
export function cypherStatements(graph: KnowledgeGraphData): CypherStatement[] {
  const nodeGroups = new Map<string, Array<Record<string, string | Props>>>();
  graph.forEachNode((key, node) => {
    const props = withoutUndefined({
      name: node.label, type: node.type, subtype: node.subtype, aliases: node.aliases, mentions: node.mentions,
      documents: node.documents, community: node.community, confidence: node.confidence,
    });
    push(nodeGroups, nodeStatement(labelOf(node.type)), { id: key, props });
  });
  const relationshipGroups = new Map<string, Array<Record<string, string | Props>>>();
  graph.forEachEdge((key, edge, source, target) => {
    const props = withoutUndefined({
      title: edge.title, status: edge.status, date: edge.date, documents: edge.documents,
      evidence: JSON.stringify(edge.evidence), weight: edgeWeight(edge), confidence: edge.confidence,
    });
    push(relationshipGroups, relationshipStatement(relationshipTypeOf(edge.type)), { key, source, target, props });
  });
  return [...batches(nodeGroups), ...batches(relationshipGroups)];
}

/** `import.cypher`: the distinct statements, in run order, with a header saying where `$rows` comes from. */
export function importCypher(statements: readonly CypherStatement[]): string {
  const distinct = [...new Set(statements.map((item) => item.statement))];
  const header = [
    '// shiting-kg Neo4j import: the statements of import.json, in order.',
    '// They take their data from the $rows parameter only; the rows are in import.json',
    '// (one entry per batch). Run schema.cypher first, then see README.md.',
  ];
  return `${[...header, '', ...distinct.map((statement) => `${statement};\n`)].join('\n')}`;
}

/** `import.json`: the body of one Neo4j HTTP transaction running every batch. */
export function importJson(statements: readonly CypherStatement[]): string {
  return `${JSON.stringify({ statements }, null, 1)}\n`;
}
