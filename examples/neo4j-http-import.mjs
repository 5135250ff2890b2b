// Load the Neo4j export (out/neo4j) into a running Neo4j through its HTTP API: first the schema
// (its own transaction, as Neo4j requires), then the statements of import.json with their $rows.
// No driver needed (Node's fetch):
//
//   NEO4J_URL=http://localhost:7474 NEO4J_USER=neo4j NEO4J_PASSWORD=secret \
//     node examples/neo4j-http-import.mjs [out/neo4j] [database]
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'out/neo4j';
const database = process.argv[3] ?? 'neo4j';
const url = `${process.env.NEO4J_URL ?? 'http://localhost:7474'}/db/${encodeURIComponent(database)}/tx/commit`;
const auth = Buffer.from(`${process.env.NEO4J_USER ?? 'neo4j'}:${process.env.NEO4J_PASSWORD ?? ''}`).toString('base64');

async function commit(statements) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Basic ${auth}` },
    body: JSON.stringify({ statements }),
  });
  if (!response.ok) throw new Error(`shiting-kg: neo4j: HTTP ${response.status} ${await response.text()}`);
  const body = await response.json();
  if (body.errors?.length) throw new Error(`shiting-kg: neo4j: ${body.errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
}

const schema = readFileSync(path.join(dir, 'schema.cypher'), 'utf8')
  .split(';')
  .map((statement) => statement.trim())
  .filter(Boolean)
  .map((statement) => ({ statement }));
await commit(schema);
const { statements } = JSON.parse(readFileSync(path.join(dir, 'import.json'), 'utf8'));
await commit(statements);
const rows = statements.reduce((sum, s) => sum + s.parameters.rows.length, 0);
console.log(`imported ${rows} rows in ${statements.length} statements into ${database}`);
