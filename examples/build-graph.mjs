// Build a knowledge graph from the example corpus with the library API, ask it a few questions and
// export it. Run after `npm run build`:
//
//   node examples/build-graph.mjs [out-dir]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeGraph, writeExports } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.join(here, 'corpus');
const out = process.argv[2] ?? 'out/example';

const kg = new KnowledgeGraph();
for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt')).sort()) {
  // The file name is the document id: adding the same file twice changes nothing.
  kg.addDocument(readFileSync(path.join(corpus, name), 'utf8'), { id: name, source: `examples/corpus/${name}` });
}

const summary = kg.summarize(5);
console.log(`${summary.documents} documents, ${summary.entities} entities, ${summary.relations} relations`);
console.log('most connected:', summary.topEntities.map(({ entity, score }) => `${entity.name} (${score})`).join(', '));

// Every query takes an entity id, its name or one of its aliases.
const [org] = kg.findEntities({ name: '国家广播电视总局' });
if (org) {
  console.log(`officials of ${org.name}:`, kg.officialsOf(org.id).map((o) => `${o.person.name} ${o.title ?? ''}`.trim()));
  console.log(`agreements of ${org.name}:`, kg.agreementsOf(org.id).map((a) => `${a.agreement.name} with ${a.counterparties.map((c) => c.name).join('、')}`));
}

kg.layout(); // positions, sizes and colours for Gephi and the HTML viewer
kg.detectCommunities();
const written = await writeExports(kg, out, ['gexf', 'graphml', 'json', 'csv', 'neo4j', 'html'], { title: '网络视听知识图谱' });
console.log(`wrote ${written.length} files to ${out}`);
