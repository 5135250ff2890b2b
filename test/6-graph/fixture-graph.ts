/** The knowledge graph of the two fixture documents. */
import { KnowledgeGraph } from '../../src/8-corpus/knowledge-graph.js';
import { docA, docB } from './fixtures.js';

/** The knowledge graph of both documents (ids `a.txt`, `b.txt`). */
export function fixtureGraph(): KnowledgeGraph {
  const kg = new KnowledgeGraph();
  kg.addExtraction(docA(), { id: 'a.txt' });
  kg.addExtraction(docB(), { id: 'b.txt' });
  return kg;
}
