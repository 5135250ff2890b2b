/**
 * Two people of one name. An official of a new document is the graph's official of that name (one node,
 * `official:X`) unless the graph shows that they are two people: in the same month the node holds posts
 * only at other organizations and under other titles than the document gives (王晓峰, 星河影业总经理, and
 * 王晓峰, 青川传媒董事长, both in May 2024). Then the document's official is a namesake, a node of its own
 * (`official:X#2`, labelled X); a later document joins the namesake whose organization it shares, else
 * the first one it does not contradict. A post without a date, or a document without posts, contradicts
 * nothing: the name alone never makes two people.
 */
import type { ExtractionResult } from '../types.js';
import type { KnowledgeGraphData } from './types.js';

const OFFICIAL = 'official:';

/** A post: the organization (node key), the title, the month (YYYY-MM) when known. */
interface Post {
  org: string;
  title?: string;
  month?: string;
}

const monthOf = (date: string | undefined) => (date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : undefined);

/** The posts of node `key` in the graph. */
function graphPosts(graph: KnowledgeGraphData, key: string): Post[] {
  return graph.outEdges(key).flatMap((edge) => {
    const a = graph.getEdgeAttributes(edge);
    return a.type === 'holds_position' ? [{ org: graph.target(edge), title: a.title, month: monthOf(a.date) }] : [];
  });
}

/** Whether posts `a` and `b` show two people: no organization shared, and in one month a post apart in organization and title. */
function twoPeople(a: readonly Post[], b: readonly Post[]): boolean {
  if (a.some((p) => b.some((q) => q.org === p.org))) return false;
  return a.some((p) => b.some((q) => p.month !== undefined && p.month === q.month && p.title !== q.title));
}

/** The nodes of the graph named `name`'s officials: official:X, official:X#2, … in order. */
function namesakeNodes(graph: KnowledgeGraphData, id: string): string[] {
  const nodes = graph.hasNode(id) ? [id] : [];
  for (let n = 2; graph.hasNode(`${id}#${n}`); n++) nodes.push(`${id}#${n}`);
  return nodes;
}

/** The node key of each official of `result` that is a namesake of the graph's official of that name (entity id → key). */
export function namesakeNodeKeys(graph: KnowledgeGraphData, result: ExtractionResult, date?: string): Map<string, string> {
  const keys = new Map<string, string>();
  const postsOf = new Map<string, Post[]>();
  for (const r of result.relations) {
    if (r.type !== 'holds_position' || !r.source.startsWith(OFFICIAL)) continue;
    postsOf.set(r.source, [...(postsOf.get(r.source) ?? []), { org: r.target, title: r.title, month: monthOf(r.date ?? date) }]);
  }
  for (const [id, posts] of postsOf) {
    const nodes = namesakeNodes(graph, id);
    if (nodes.length === 0) continue;
    const held = nodes.map((node) => [node, graphPosts(graph, node)] as const);
    const shared = held.find(([, p]) => p.some((a) => posts.some((b) => b.org === a.org)))?.[0];
    const node = shared ?? held.find(([, p]) => !twoPeople(p, posts))?.[0] ?? `${id}#${nodes.length + 1}`;
    if (node !== id) keys.set(id, node);
  }
  return keys;
}
