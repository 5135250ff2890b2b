/**
 * A large synthetic knowledge graph for the layout and export benchmarks: graphology MultiDirectedGraph
 * with the library's NodeAttributes / EdgeAttributes shape (node key `type:name`, edge key from
 * `edgeKey`), entity and relation types in realistic proportions, hubs by preferential attachment,
 * evidence sentences on every edge (most facts stated by one document, some by two or three).
 */
import { makeNames, rng } from './corpus.mjs';

export function syntheticGraph({ MultiDirectedGraph, edgeKey, nodes: nodeCount, edges: edgeCount, seed }) {
  const r = rng(seed + 2);
  const n = makeNames(r);
  const graph = new MultiDirectedGraph();
  const documents = Array.from({ length: Math.max(50, Math.round(nodeCount / 40)) }, (_, i) => `doc-${i}`);
  const pickDocs = () => [...new Set(Array.from({ length: r.int(1, 4) }, () => r.pick(documents)))];
  const TYPES = [
    ['organization', 0.30, ['government', 'association', 'broadcaster', 'platform', 'company', 'research']],
    ['official', 0.22, ['government', 'party', 'association', 'business', 'media']],
    ['person', 0.14],
    ['work', 0.16, ['tv_series', 'web_series', 'micro_drama', 'documentary', 'variety', 'film']],
    ['document', 0.07, ['notice', 'plan', 'report', 'regulation']],
    ['event', 0.07, ['conference', 'forum', 'contest', 'exhibition']],
    ['agreement', 0.04, ['cooperation_agreement', 'mou', 'strategic_cooperation']],
  ];
  const labelOf = { organization: () => n.org().name, official: n.person, person: n.person, work: n.work, document: n.doc, event: n.event, agreement: () => `${n.org().name}${r.pick(['战略合作协议', '合作谅解备忘录'])}` };
  const byType = Object.fromEntries(TYPES.map(([t]) => [t, []]));
  for (let i = 0; i < nodeCount; i++) {
    let x = r();
    let type = TYPES[0];
    for (const t of TYPES) { if (x < t[1]) { type = t; break; } x -= t[1]; }
    let label = labelOf[type[0]]();
    let key = `${type[0]}:${label}`;
    for (let k = 2; graph.hasNode(key); k++) { label = `${labelOf[type[0]]()}${k}`; key = `${type[0]}:${label}`; }
    const attributes = { label, type: type[0], aliases: r.chance(0.3) ? [`${label.slice(0, 4)}`] : [], mentions: r.int(1, 40), documents: pickDocs() };
    if (type[2]) attributes.subtype = r.pick(type[2]);
    graph.addNode(key, attributes);
    byType[type[0]].push(key);
  }
  // Relation types with the entity types at their ends, weighted like real extractions.
  const RELATIONS = [
    ['holds_position', 'official', 'organization', 0.28], ['produced', 'organization', 'work', 0.16], ['broadcast', 'organization', 'work', 0.10],
    ['met_with', 'official', 'official', 0.08], ['issued', 'organization', 'document', 0.10], ['organized', 'organization', 'event', 0.10],
    ['signed', 'organization', 'agreement', 0.06], ['part_of', 'organization', 'organization', 0.06], ['cooperates_with', 'organization', 'organization', 0.06],
  ].filter(([, s, t]) => byType[s].length && byType[t].length);
  // Preferential attachment: a target is drawn from a list where every endpoint appears once per edge.
  const hubs = Object.fromEntries(Object.keys(byType).map((t) => [t, [...byType[t]]]));
  const pickNode = (type) => (r.chance(0.5) ? r.pick(hubs[type]) : r.pick(byType[type]));
  const TOPIC_TAIL = ['双方将深化网络视听领域合作', '活动吸引了众多业内人士参加', '该剧将于近期在各大平台播出', '相关工作将分阶段推进', '文件自发布之日起施行'];
  const positions = ['局长', '副局长', '台长', '会长', '秘书长', '董事长', '总经理', '总裁'];
  const sentence = (a, b, rel) => `${r.int(1, 12)}月${r.int(1, 28)}日，${graph.getNodeAttribute(a, 'label')}与${graph.getNodeAttribute(b, 'label')}相关（${rel}），${r.pick(TOPIC_TAIL)}。`;
  let added = 0;
  let attempts = 0;
  const totalWeight = RELATIONS.reduce((s, x) => s + x[3], 0);
  while (added < edgeCount && attempts < edgeCount * 5) {
    attempts++;
    let x = r() * totalWeight;
    let rel = RELATIONS[0];
    for (const candidate of RELATIONS) { if (x < candidate[3]) { rel = candidate; break; } x -= candidate[3]; }
    const [type, from, to] = rel;
    const source = pickNode(from);
    const target = pickNode(to);
    if (source === target) continue;
    const title = type === 'holds_position' ? r.pick(positions) : undefined;
    const key = edgeKey ? edgeKey(type, source, target, title) : `${type}|${source}|${target}|${title ?? ''}`;
    if (graph.hasEdge(key)) continue;
    // Most facts are stated once; some by two or three documents.
    const docsOfEdge = [...new Set(Array.from({ length: r.chance(0.75) ? 1 : r.chance(0.7) ? 2 : 3 }, () => r.pick(documents)))];
    const evidence = docsOfEdge.map((document) => {
      const s = sentence(source, target, type);
      const start = r.int(0, 20000);
      return { sentence: s, start, end: start + s.length, document, date: `${n.year()}-0${r.int(1, 9)}-1${r.int(0, 9)}` };
    });
    const attributes = { type, evidence, documents: docsOfEdge, date: evidence[0].date };
    if (title) { attributes.title = title; attributes.status = r.chance(0.9) ? 'current' : 'former'; }
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    hubs[from].push(source);
    hubs[to].push(target);
    added++;
  }
  return graph;
}
