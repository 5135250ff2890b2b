/**
 * Neo4j export: files for `neo4j-admin database import` and a parameterised Cypher import.
 */
import type { KnowledgeGraphData } from '../../6-graph/types.js';
import type { ExportFile } from '../types.js';
import { neo4jNodesCsv, neo4jRelationshipsCsv } from './admin-import.js';
import { SCHEMA_STATEMENT, cypherStatements, importCypher, importJson } from './cypher.js';
import { NEO4J_README } from './readme.js';

/**
 * The Neo4j files, under `neo4j/`: `nodes.csv`, `relationships.csv` (neo4j-admin), `schema.cypher`,
 * `import.cypher`, `import.json` (Cypher with parameters) and `README.md`.
 */
export function toNeo4j(graph: KnowledgeGraphData): ExportFile[] {
  const statements = cypherStatements(graph);
  return [
    { name: 'neo4j/nodes.csv', content: neo4jNodesCsv(graph) },
    { name: 'neo4j/relationships.csv', content: neo4jRelationshipsCsv(graph) },
    { name: 'neo4j/schema.cypher', content: `${SCHEMA_STATEMENT};\n` },
    { name: 'neo4j/import.cypher', content: importCypher(statements) },
    { name: 'neo4j/import.json', content: importJson(statements) },
    { name: 'neo4j/README.md', content: NEO4J_README },
  ];
}

export { NEO4J_LABELS, NEO4J_RELATIONSHIP_TYPES, ENTITY_LABEL } from './schema.js';
export { NODE_HEADER, RELATIONSHIP_HEADER, ARRAY_DELIMITER } from './admin-import.js';
export { BATCH_SIZE, type CypherStatement } from './cypher.js';
