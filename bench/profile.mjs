#!/usr/bin/env node
/**
 * CPU profile of one operation of the built library, nothing else (no corpus build, no start-up):
 *
 *   node bench/profile.mjs [--target extract] [--mb 1] [--seed 20240909] [--top 25] [--out FILE (default: $TMPDIR/shiting-kg-<target>.cpuprofile)]
 *   node bench/profile.mjs --target layout|gexf|graphml|json|csv|neo4j|html [--nodes 20000] [--edges 60000]
 *
 * extract: builds the benchmark corpus, creates one extractor, warms it up, profiles extract() over
 * every document. layout / an export format: builds the synthetic graph of bench/graph.mjs and
 * profiles the project's `layout` or that exporter. Samples with the inspector's profiler, writes the
 * .cpuprofile (open it in Chrome DevTools › Performance) and prints the functions with the most self
 * time, mapped back to src/ through dist/index.js.map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { buildCorpus } from './corpus.mjs';
import { syntheticGraph } from './graph.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const { values: args } = parseArgs({
  options: {
    target: { type: 'string', default: 'extract' },
    mb: { type: 'string', default: '1' },
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '60000' },
    seed: { type: 'string', default: '20240909' },
    top: { type: 'string', default: '25' },
    out: { type: 'string' },
  },
});

const dist = join(root, 'dist', 'index.js');
const lib = { ...(await import(pathToFileURL(dist).href)), ...(await import(pathToFileURL(join(root, 'dist', 'internals.js')).href)) };
const target = args.target;
const out = args.out ?? join(tmpdir(), `shiting-kg-${target}.cpuprofile`);
let run;
let what;
if (target === 'extract') {
  const { docs } = buildCorpus({ bytes: Number(args.mb) * 1e6, seed: Number(args.seed), examplesDir: join(root, 'examples', 'corpus') });
  const chars = docs.reduce((s, d) => s + d.length, 0);
  const extractor = lib.createExtractor();
  for (const d of buildCorpus({ bytes: 0.3e6, seed: Number(args.seed) + 99, examplesDir: join(root, 'examples', 'corpus') }).docs) extractor.extract(d);
  run = () => { for (const d of docs) extractor.extract(d); };
  what = (ms) => `extract() over ${docs.length} documents, ${chars.toLocaleString('en-US')} chars: ${Math.round(ms)} ms (${Math.round(chars / (ms / 1000)).toLocaleString('en-US')} chars/s under the profiler)`;
} else {
  const { MultiDirectedGraph } = createRequire(join(root, 'package.json'))('graphology');
  const graph = syntheticGraph({ MultiDirectedGraph, edgeKey: lib.edgeKey, nodes: Number(args.nodes), edges: Number(args.edges), seed: Number(args.seed) });
  if (target === 'layout') {
    run = () => lib.layout(graph);
  } else {
    if (!lib.EXPORTERS[target]) throw new Error(`--target must be extract, layout or one of ${Object.keys(lib.EXPORTERS).join(', ')}`);
    lib.layout(graph, { iterations: 2 });
    const kg = new lib.KnowledgeGraph(graph);
    run = () => lib.EXPORTERS[target](kg, {});
  }
  what = (ms) => `${target} on ${graph.order.toLocaleString('en-US')} nodes / ${graph.size.toLocaleString('en-US')} edges: ${Math.round(ms)} ms under the profiler`;
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t = performance.now();
run();
const ms = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
writeFileSync(out, JSON.stringify(profile));

// Self time per function: samples attributed to the node they were taken in.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
let map;
try {
  map = new SourceMap(JSON.parse(readFileSync(`${dist}.map`, 'utf8')));
} catch { /* no source map: dist positions */ }
const distUrl = pathToFileURL(dist).href;
const where = (frame) => {
  if (!frame.url) return '(native / V8)';
  if (frame.url === distUrl && map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) return `${relative(root, fileURLToPath(new URL(entry.originalSource, distUrl)))}:${entry.originalLine + 1}`;
  }
  const path = frame.url.startsWith('file:') ? relative(root, fileURLToPath(frame.url)) : frame.url;
  return `${path}:${frame.lineNumber + 1}`;
};
const totals = new Map();
let total = 0;
for (const [id, t0] of self) {
  const frame = byId.get(id).callFrame;
  const key = `${frame.functionName || '(anonymous)'}  ${where(frame)}`;
  totals.set(key, (totals.get(key) ?? 0) + t0);
  total += t0;
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top));
console.log(what(ms));
console.log(`top ${rows.length} functions by self time (of ${Math.round(total)} ms sampled):`);
for (const [key, t0] of rows) console.log(`${(Math.round(t0 * 10) / 10).toFixed(1).padStart(9)} ms  ${((t0 / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
console.log(`profile: ${relative(process.cwd(), out)}`);
