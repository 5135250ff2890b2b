// Load a graph written by `shiting-kg extract … --format json` and query it. Run after `npm run demo`
// (or examples/build-graph.mjs):
//
//   node examples/query-graph.mjs [out/graph.json] [entity]
import { readFileSync } from 'node:fs';
import { KnowledgeGraph } from '../dist/index.js';

const file = process.argv[2] ?? 'out/graph.json';
const kg = KnowledgeGraph.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
const [top] = kg.rank({ by: 'degree', limit: 1 });
const entity = process.argv[3] ?? top?.entity.id;
if (entity === undefined) {
  console.log(`${file} has no entities`);
  process.exit(0);
}

console.log(`neighbours of ${entity}:`);
for (const { direction, relation, entity: other } of kg.neighbors(entity)) {
  console.log(`  ${direction === 'out' ? '→' : '←'} ${relation.type}${relation.title ? ` (${relation.title})` : ''} ${other.name}`);
}

console.log('timeline:');
for (const { date, relation, other } of kg.timeline(entity)) console.log(`  ${date} ${relation.type} ${other.name}`);

console.log('relations of June 2024:', kg.relations({ from: '2024-06-01', to: '2024-06' }).length);
console.log('top 5 by PageRank:', kg.rank({ by: 'pagerank', limit: 5 }).map((r) => r.entity.name).join(', '));
const ego = kg.ego(entity, 1);
console.log(`ego network: ${ego.graph.order} entities, ${ego.graph.size} relations, ${ego.documents.length} documents`);
