#!/usr/bin/env node
/**
 * `npm run bench` — performance benchmark of the BUILT library (dist/index.js). Not part of `npm test`.
 *
 *   node bench/run.mjs [--mb 5] [--seed 20240909] [--nodes 20000] [--edges 60000]
 *                      [--fa2-iterations N] [--skip-stages] [--skip-scaling] [--out bench/results.json]
 *
 * One run measures, on the same synthetic corpus (bench/corpus.mjs, deterministic by seed):
 *   1. jieba's own cost: first load of nodejieba's dictionary, raw `nodejieba.cut` (the floor any
 *      jieba-based extractor pays), `cut(text, true)` (the library's `cut`, HMM on) and `tag`
 *      (what `tokenize` calls), before and after the project's dictionary words are inserted;
 *   2. dictionary load + compile: the first `createExtractor()` of the process (bundled dictionary,
 *      words inserted into jieba's global dictionary), a reload (no new words), and a fresh user
 *      dictionary of invented organizations (new words; run last because insertWord is global);
 *   3. `extract()` throughput (one extractor, every document), then extract + `addExtraction`;
 *   4. per-stage timings of extract without touching src/: normalizeText, readDocumentMeta, tokenize,
 *      token maps and splitSentences are timed through the exported functions; each recognizer and
 *      relation rule is timed by wrapping it (createExtractor accepts `recognizers` / `relationRules`);
 *      what remains of the full extract is selection + resolution + option parsing;
 *   5. extract time against document length (the same text at growing lengths);
 *   6. ForceAtlas2 (the project's `layout`) on a synthetic graph of 20k nodes / ~60k edges built with
 *      graphology in the NodeAttributes / EdgeAttributes shape, and every exporter of `EXPORTERS`.
 * Peak RSS (process.resourceUsage().maxRSS) is recorded after every phase.
 * Everything goes to bench/results.json and a table on stdout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, makeNames, repetition, rng } from './corpus.mjs';
import { syntheticGraph } from './graph.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(join(root, 'package.json'));

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20240909' },
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '60000' },
    'fa2-iterations': { type: 'string' },
    'skip-stages': { type: 'boolean', default: false },
    'skip-scaling': { type: 'boolean', default: false },
    out: { type: 'string', default: join(here, 'results.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 8).map((l) => l.replace(/^ \*\s?/, '')).join('\n'));
  process.exit(0);
}
const MB = Number(args.mb);
const SEED = Number(args.seed);
const NODES = Number(args.nodes);
const EDGES = Number(args.edges);
if (!(MB > 0) || !Number.isInteger(SEED) || !(NODES > 0) || !(EDGES >= 0)) {
  console.error('bench: --mb must be > 0, --seed an integer, --nodes > 0, --edges >= 0');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------------

const now = () => performance.now();
const maxRssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const round = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? x : Math.round(x * 10 ** d) / 10 ** d);
const perSec = (units, ms) => (ms > 0 ? units / (ms / 1000) : Infinity);
const fmtInt = (x) => (x === undefined ? '—' : Math.round(x).toLocaleString('en-US'));
const log = (...a) => console.error('[bench]', ...a); // progress on stderr, the report on stdout
const memory = [];
const checkpoint = (phase) => memory.push({ phase, rssMb: round(rssMb()), maxRssMb: round(maxRssMb()) });
/** A full GC between phases (so RSS after a phase is that phase's), when V8 lets us have one. */
const gc = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc');
  } catch {
    return () => {};
  }
})();
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function time(fn) {
  const t = now();
  const value = fn();
  return { ms: now() - t, value };
}

// ---------------------------------------------------------------------------------------------------
// The built library (build it when dist/ is missing or lacks what the bench uses).
// ---------------------------------------------------------------------------------------------------

const DIST = join(root, 'dist', 'index.js');
// The building blocks timed one by one (tokenize, normalizeText …) are at shiting-kg/internals.
const INTERNALS = join(root, 'dist', 'internals.js');
const importBoth = async (suffix = '') => ({
  ...(await import(pathToFileURL(DIST).href + suffix)),
  ...(existsSync(INTERNALS) ? await import(pathToFileURL(INTERNALS).href + suffix) : {}),
});
const NEEDED = ['createExtractor', 'normalizeText', 'createJoinTest', 'tokenize', 'splitSentences', 'readDocumentMeta', 'loadDictionaryDir', 'compileDictionary', 'defaultRecognizers', 'defaultRelationRules', 'KnowledgeGraph', 'layout', 'EXPORTERS'];

function build() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      log(`building dist/ with tsup (attempt ${attempt})…`);
      execFileSync('npx', ['tsup'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      return;
    } catch {
      if (attempt === 3) throw new Error('bench: `npx tsup` failed three times; fix the build and rerun');
      log('build failed (a file may be mid-edit); retrying in 60 s');
      execFileSync('sleep', ['60']);
    }
  }
}

async function loadLibrary() {
  let built = false;
  if (!existsSync(DIST)) { build(); built = true; }
  let lib = await importBoth();
  let missing = NEEDED.filter((k) => !(k in lib));
  if (missing.length && !built) {
    log(`dist/ lacks ${missing.join(', ')} (stale build); rebuilding`);
    build();
    built = true;
    lib = await importBoth(`?rebuilt=${Date.now()}`);
    missing = NEEDED.filter((k) => !(k in lib));
  }
  if (missing.length) throw new Error(`bench: dist/index.js and dist/internals.js do not export ${missing.join(', ')}`);
  return { lib, built };
}

// ---------------------------------------------------------------------------------------------------
// Run.
// ---------------------------------------------------------------------------------------------------

const started = now();
const results = {
  bench: 'shiting-kg',
  date: new Date().toISOString(),
  node: process.version,
  v8: process.versions.v8,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  seed: SEED,
  loadavgAtStart: os.loadavg().map((x) => round(x, 2)),
  args: { mb: MB, nodes: NODES, edges: EDGES, fa2Iterations: args['fa2-iterations'] ? Number(args['fa2-iterations']) : undefined },
};
try {
  results.git = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch { /* not a git checkout */ }

// 1. Corpus --------------------------------------------------------------------------------------------
log(`building a ${MB} MB corpus (seed ${SEED})…`);
const corpusBuild = time(() => buildCorpus({ bytes: MB * 1e6, seed: SEED, examplesDir: join(root, 'examples', 'corpus') }));
const docs = corpusBuild.value.docs;
const CHARS = docs.reduce((s, d) => s + d.length, 0);
const BYTES = docs.reduce((s, d) => s + Buffer.byteLength(d, 'utf8'), 0);
const lengths = docs.map((d) => d.length).sort((a, b) => a - b);
results.corpus = {
  documents: docs.length,
  chars: CHARS,
  utf8Bytes: BYTES,
  mb: round(BYTES / 1e6, 2),
  charsPerDocument: { min: lengths[0], median: quantile(lengths, 0.5), max: lengths.at(-1) },
  exampleArticles: corpusBuild.value.examples,
  ...Object.fromEntries(Object.entries(repetition(docs)).map(([k, v]) => [k, round(v, 3)])),
  buildMs: round(corpusBuild.ms),
};
checkpoint('corpus built');

const { lib, built } = await loadLibrary();
results.dist = { built, mtime: statSync(DIST).mtime.toISOString() };
checkpoint('library imported');

// 2. jieba floor ---------------------------------------------------------------------------------------
const rssBeforeJieba = rssMb();
const jiebaRequire = time(() => require('nodejieba'));
const jieba = jiebaRequire.value;
const jiebaLoad = time(() => jieba.cut('网络视听'));
results.jieba = { requireMs: round(jiebaRequire.ms), defaultDictionaryLoadMs: round(jiebaLoad.ms) };

function throughput(fn, texts = docs) {
  // A short warm-up (first documents), then every document.
  for (let i = 0; i < Math.min(3, texts.length); i++) fn(texts[i]);
  const t = now();
  let units = 0;
  for (const text of texts) units += fn(text)?.length ?? 0;
  const ms = now() - t;
  return { ms: round(ms), charsPerSec: round(perSec(CHARS, ms), 0), outputUnits: units };
}

log('raw nodejieba.cut / cut(hmm) / tag, jieba default dictionary…');
results.jieba.before = {
  cut: throughput((d) => jieba.cut(d)),
  cutHmm: throughput((d) => jieba.cut(d, true)),
  tag: throughput((d) => jieba.tag(d)),
};
results.jieba.rssOfDefaultDictionaryMb = round(rssMb() - rssBeforeJieba);
checkpoint('jieba floor (default dictionary)');

// 3. Dictionary load + compile -------------------------------------------------------------------------
log('dictionary load + compile…');
const cold = time(() => lib.createExtractor());
const extractor = cold.value;
const dict = extractor.dictionary;
/** Mirror of pipeline.ts dictionaryWords(): how many words createExtractor hands to jieba. */
function jiebaWordCount(d) {
  let n = 0;
  for (const o of d.data.organizations) for (const s of [o.name, ...o.aliases]) if (/\p{Script=Han}/u.test(s)) n++;
  n += d.titles.length;
  for (const map of [d.workCues, d.documentCues, d.agreementCues, d.eventCues]) for (const cue of map.keys()) if (cue.length >= 3) n++;
  for (const cue of d.organizationSuffixes.keys()) if (cue.length > 1) n++;
  return n + d.data.vocabulary.length;
}
const reloadData = time(() => lib.loadDictionaryDir());
const recompile = time(() => lib.compileDictionary(reloadData.value));
const warm = time(() => lib.createExtractor({ dictionaryDir: lib.defaultDictionaryDir() }));
results.dictionary = {
  entries: {
    organizations: dict.data.organizations.length, titles: dict.data.titles.length, places: dict.data.places.length,
    surnames: dict.data.surnames.length, trieSurfaces: dict.organizationBySurface.size, jiebaWords: jiebaWordCount(dict),
  },
  coldCreateExtractorMs: round(cold.ms),
  loadDictionaryDirMs: round(reloadData.ms),
  compileDictionaryMs: round(recompile.ms),
  warmCreateExtractorMs: round(warm.ms),
  insertWordEstimateMs: round(cold.ms - warm.ms),
};
checkpoint('dictionary loaded');

log('jieba floor again, with the dictionary words inserted…');
results.jieba.after = {
  cut: throughput((d) => jieba.cut(d)),
  cutHmm: throughput((d) => jieba.cut(d, true)),
  tag: throughput((d) => jieba.tag(d)),
  tokenize: throughput((d) => lib.tokenize(d)),
};
checkpoint('jieba floor (project dictionary)');

// 4. extract -------------------------------------------------------------------------------------------
// Warm-up (JIT) on a separate small corpus of another seed, so the timed passes all start warm.
const warmTexts = buildCorpus({ bytes: 0.3e6, seed: SEED + 99, examplesDir: join(root, 'examples', 'corpus') }).docs;
const warmup = time(() => { for (const t of warmTexts) extractor.extract(t); });
results.extractWarmup = { ms: round(warmup.ms), chars: warmTexts.reduce((s, d) => s + d.length, 0) };

log(`cut, tag, extract() and extract() + KnowledgeGraph.addExtraction over ${docs.length} documents (interleaved)…`);
// All four in one loop, document by document, rotating which goes first, so JIT state and the load
// of the machine are the same for each (separate passes drifted by 2× on a shared 2-core box). The
// headline ratios come from here; the separate jieba passes above compare dictionaries only.
const perDoc = [];
let entities = 0;
let relationCount = 0;
const kg = new lib.KnowledgeGraph();
const kgWithIds = new lib.KnowledgeGraph();
// Each operation is timed by wall clock and by this process's CPU time (process.cpuUsage): on a
// shared box the wall clock includes waiting for a core, CPU time mostly does not.
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const acc = { cut: [0, 0], tag: [0, 0], extract: [0, 0], extractInLoop: [0, 0], graph: [0, 0], addWithId: [0, 0] };
const timed = (key, fn) => {
  const c = cpuNow();
  const t = now();
  const value = fn();
  const wall = now() - t;
  acc[key][0] += wall;
  acc[key][1] += cpuNow() - c;
  return { value, wall };
};
const cpuBefore = process.cpuUsage();
const tBoth = now();
docs.forEach((d, i) => {
  const cut = () => timed('cut', () => jieba.cut(d));
  const tag = () => timed('tag', () => jieba.tag(d));
  const alone = () => {
    const { value: r, wall } = timed('extract', () => extractor.extract(d));
    perDoc[i] = wall;
    entities += r.entities.length;
    relationCount += r.relations.length;
  };
  const withGraph = () => {
    const { value: r } = timed('extractInLoop', () => extractor.extract(d));
    timed('graph', () => kg.addExtraction(r)); // default id: sha256 of JSON.stringify(result)
    timed('addWithId', () => kgWithIds.addExtraction(r, { id: `doc-${i}` })); // the CLI's way: an explicit id
  };
  const steps = [cut, tag, alone, withGraph];
  for (let k = 0; k < steps.length; k++) steps[(i + k) % steps.length]();
});
const [cutMs, cutCpuMs] = acc.cut;
const [tagMs, tagCpuMs] = acc.tag;
const [extractMs, extractCpuMs] = acc.extract;
const [extractInLoopMs, extractInLoopCpuMs] = acc.extractInLoop;
const [graphMs, graphCpuMs] = acc.graph;
const [addWithIdMs] = acc.addWithId;
const loopWallMs = now() - tBoth;
const cpu = process.cpuUsage(cpuBefore);
results.mainLoop = { seconds: round(loopWallMs / 1000, 1), cpuShareOfWall: round((cpu.user + cpu.system) / 1000 / loopWallMs, 3) };
const loopMs = extractInLoopMs + graphMs;
const perDocSorted = [...perDoc].sort((a, b) => a - b);
// Throughput of the shortest and the longest third of the documents (does cost grow faster than length?).
const byLength = docs.map((d, i) => ({ chars: d.length, ms: perDoc[i] })).sort((a, b) => a.chars - b.chars);
const third = Math.max(1, Math.floor(byLength.length / 3));
const rate = (list) => round(perSec(list.reduce((s, x) => s + x.chars, 0), list.reduce((s, x) => s + x.ms, 0)), 0);
results.extract = {
  ms: round(extractMs),
  cpuMs: round(extractCpuMs),
  charsPerSec: round(perSec(CHARS, extractMs), 0),
  charsPerCpuSec: round(perSec(CHARS, extractCpuMs), 0),
  utf8MBPerSec: round(perSec(BYTES / 1e6, extractMs), 3),
  entities,
  relations: relationCount,
  msPerDocument: { p50: round(quantile(perDocSorted, 0.5)), p95: round(quantile(perDocSorted, 0.95)), max: round(perDocSorted.at(-1)) },
  charsPerSecShortestThird: rate(byLength.slice(0, third)),
  charsPerSecLongestThird: rate(byLength.slice(-third)),
};
results.extractGraph = {
  ms: round(loopMs),
  cpuMs: round(extractInLoopCpuMs + graphCpuMs),
  charsPerSec: round(perSec(CHARS, loopMs), 0),
  charsPerCpuSec: round(perSec(CHARS, extractInLoopCpuMs + graphCpuMs), 0),
  extractPartMs: round(extractInLoopMs),
  addExtractionMs: round(graphMs),
  addExtractionWithIdMs: round(addWithIdMs),
  addExtractionShare: round(graphMs / loopMs, 4),
  graph: { nodes: kg.graph.order, edges: kg.graph.size, documents: kg.documents.length },
};
results.interleaved = {
  cut: { ms: round(cutMs), cpuMs: round(cutCpuMs), charsPerSec: round(perSec(CHARS, cutMs), 0), charsPerCpuSec: round(perSec(CHARS, cutCpuMs), 0) },
  tag: { ms: round(tagMs), cpuMs: round(tagCpuMs), charsPerSec: round(perSec(CHARS, tagMs), 0), charsPerCpuSec: round(perSec(CHARS, tagCpuMs), 0) },
};
results.ratios = {
  extractOverCut: round(extractMs / cutMs, 2),
  extractOverCutCpu: round(extractCpuMs / cutCpuMs, 2),
  extractOverTag: round(extractMs / tagMs, 2),
  extractOverTagCpu: round(extractCpuMs / tagCpuMs, 2),
  extractOverCutSeparatePasses: round(results.jieba.after.cut.charsPerSec / results.extract.charsPerSec, 2),
  extractGraphOverExtract: round(loopMs / extractMs, 3),
  extractGraphOverExtractCpu: round((extractInLoopCpuMs + graphCpuMs) / extractCpuMs, 3),
  addExtractionOverExtract: round(graphMs / extractInLoopMs, 4),
};
checkpoint('extract + graph');

// 6. Per-stage timings ---------------------------------------------------------------------------------
// Exact, whatever src/ does inside: an extractor whose recognizers and relation rules are the default
// ones wrapped in timers. Around the real extract() call, the timestamps of the first recognizer, the
// last recognizer and the rules split the call into: before the recognizers (options, normalisation,
// document meta, tokenisation, token maps, sentences), each recognizer, between recognizers and rules
// (candidate selection + entity resolution), each rule, and the rest (relation dedupe / ids / result).
// The part before the recognizers is then broken down, approximately, through the exported functions.
if (!args['skip-stages']) {
  log('per-stage timings of extract…');
  const stage = new Map();
  const add = (name, ms) => stage.set(name, (stage.get(name) ?? 0) + ms);
  let marks;
  const wrapRecognizer = (plugin) => ({
    ...plugin,
    name: plugin.name,
    recognize(ctx) {
      const t = now();
      marks.firstRecognizer ??= t;
      const out = plugin.recognize(ctx);
      const end = now();
      add(`recognizer: ${plugin.name}`, end - t);
      marks.lastRecognizerEnd = end;
      return out;
    },
  });
  const wrapRule = (plugin) => ({
    ...plugin,
    name: plugin.name,
    relate(ctx) {
      const t = now();
      marks.firstRule ??= t;
      const out = plugin.relate(ctx);
      const ms = now() - t;
      add(`rule: ${plugin.name}`, ms);
      marks.rules += ms;
      return out;
    },
  });
  const instrumented = lib.createExtractor({ recognizers: lib.defaultRecognizers.map(wrapRecognizer), relationRules: lib.defaultRelationRules.map(wrapRule) });
  // Mirror of tokenizer.ts isWord (not exported), for normalizeText's join test.
  const isWord = (s) => { const t = jieba.cut(s, false); return t.length === 1 && t[0] === s; };
  const joinTest = lib.createJoinTest(isWord);
  const isOrganization = (s) => dict.organizationBySurface.has(s.toLowerCase());
  for (const t of warmTexts.slice(0, 4)) { marks = { rules: 0 }; instrumented.extract(t); }
  stage.clear();
  const approx = new Map();
  const addApprox = (name, ms) => approx.set(name, (approx.get(name) ?? 0) + ms);
  let fullMs = 0;
  for (const d of docs) {
    marks = { rules: 0 };
    const t0 = now();
    instrumented.extract(d);
    const t1 = now();
    fullMs += t1 - t0;
    const firstRecognizer = marks.firstRecognizer ?? t1;
    add('before recognizers: options, normalise, meta, tokenise, sentences', firstRecognizer - t0);
    if (marks.firstRule !== undefined) {
      add('between: selectCandidates + resolveEntities', marks.firstRule - (marks.lastRecognizerEnd ?? firstRecognizer));
      add('after: relation dedupe / ids / evidence, result', t1 - marks.firstRule - marks.rules);
    } else {
      add('after recognizers: selection, resolution, relations, result', t1 - (marks.lastRecognizerEnd ?? firstRecognizer));
    }
    // Approximate breakdown of the part before the recognizers, through the exported functions.
    let t = now();
    const normalized = lib.normalizeText(d, joinTest, isWord);
    addApprox('normalizeText', now() - t);
    t = now();
    lib.readDocumentMeta(normalized.text, isOrganization);
    addApprox('readDocumentMeta', now() - t);
    t = now();
    const tokens = lib.tokenize(normalized.text);
    addApprox('tokenize (jieba cut + tag look-up + offsets, whole text)', now() - t);
    t = now();
    const starting = new Map();
    const ending = new Map();
    tokens.forEach((tok, i) => { starting.set(tok.start, i); ending.set(tok.end, i); });
    addApprox('token offset maps (as Maps; extract keeps them in typed arrays)', now() - t);
    t = now();
    lib.splitSentences(normalized.text);
    addApprox('splitSentences', now() - t);
  }
  const row = (name, ms) => ({ stage: name, ms: round(ms), share: round(ms / fullMs, 4) });
  const rows = [...stage.entries()].map(([name, ms]) => row(name, ms)).sort((a, b) => b.ms - a.ms);
  results.stages = {
    fullExtractMs: round(fullMs),
    note: 'exact split of the real extract() by timestamps around wrapped recognizers and rules; approxBeforeRecognizers re-runs the exported functions on the same text',
    rows,
    approxBeforeRecognizers: [...approx.entries()].map(([name, ms]) => row(name, ms)),
  };
  checkpoint('stages');
}

// 7. Extract time against document length --------------------------------------------------------------
if (!args['skip-scaling']) {
  log('extract() against document length…');
  const pool = docs.join('\n\n');
  const scaling = [];
  for (const size of [4_000, 16_000, 64_000, 128_000]) {
    if (size > pool.length) break;
    // Cut at a paragraph boundary so the text stays well formed.
    const cut = pool.lastIndexOf('\n\n', size);
    const text = pool.slice(0, cut > size / 2 ? cut : size);
    const reps = Math.max(1, Math.round(64_000 / text.length));
    const t = now();
    for (let i = 0; i < reps; i++) extractor.extract(text);
    const ms = (now() - t) / reps;
    scaling.push({ chars: text.length, msPerCall: round(ms), charsPerSec: round(perSec(text.length, ms), 0) });
    if (ms > 5_000) break; // superlinear growth: a bigger one would blow the time budget
  }
  results.scaling = scaling;
  checkpoint('scaling');
}

// 8. Large synthetic graph: ForceAtlas2 and exporters ---------------------------------------------------
results.peakRssTextPipelineMb = round(maxRssMb());
gc();
log(`synthetic graph: ${NODES} nodes, ~${EDGES} edges…`);
const { MultiDirectedGraph } = require('graphology');
const synthetic = time(() => syntheticGraph({ MultiDirectedGraph, edgeKey: lib.edgeKey, nodes: NODES, edges: EDGES, seed: SEED }));
const big = synthetic.value;
results.largeGraph = { nodes: big.order, edges: big.size, buildMs: round(synthetic.ms) };
checkpoint('synthetic graph built');

const iterations = args['fa2-iterations'] ? Number(args['fa2-iterations']) : lib.iterationBudget?.(big.order);
log(`ForceAtlas2 (project layout, ${iterations ?? 'default'} iterations)…`);
const fa2 = time(() => lib.layout(big, args['fa2-iterations'] ? { iterations } : {}));
results.largeGraph.layout = {
  fn: 'layout (forceLayout + sizeByDegree + colorByType)',
  iterations,
  barnesHut: big.order > lib.BARNES_HUT_THRESHOLD,
  seconds: round(fa2.ms / 1000, 2),
  msPerIteration: iterations ? round(fa2.ms / iterations) : undefined,
};
checkpoint('ForceAtlas2');

log('exporters…');
const bigKg = new lib.KnowledgeGraph(big);
results.largeGraph.exporters = [];
for (const [format, exporter] of Object.entries(lib.EXPORTERS)) {
  gc();
  try {
    const run = time(() => exporter(bigKg, {}));
    const bytes = run.value.reduce((s, f) => s + Buffer.byteLength(f.content, 'utf8'), 0);
    results.largeGraph.exporters.push({ format, ms: round(run.ms), files: run.value.length, mb: round(bytes / 1e6, 2) });
  } catch (error) {
    results.largeGraph.exporters.push({ format, error: String(error?.message ?? error).slice(0, 200) });
  }
  checkpoint(`export ${format}`);
}

// 9. Fresh user dictionary (last: its words stay in jieba's global dictionary) ------------------------
gc();
log('fresh user dictionary…');
{
  const r = rng(SEED + 1);
  const names = makeNames(r);
  const organizations = [];
  const seen = new Set();
  while (organizations.length < 2000) {
    const org = names.org();
    const name = `${names.brand()}${org.name}`;
    if (seen.has(name)) continue;
    seen.add(name);
    organizations.push({ name, subtype: 'other', aliases: [`${name}（筹）`] });
  }
  const vocabulary = Array.from({ length: 500 }, (_, i) => `${names.work()}${i}号`);
  const userDict = { organizations, vocabulary };
  const fresh = time(() => lib.createExtractor({ dictionary: userDict }));
  const words = organizations.length * 2 + vocabulary.length;
  results.dictionary.freshUserDictionary = {
    organizations: organizations.length, newJiebaWords: words, createExtractorMs: round(fresh.ms),
    note: 'extends the bundled dictionary: validation + merge + compile of bundled+user, insertWord of the new words only',
  };
  checkpoint('fresh user dictionary');
}

results.peakRssMb = round(maxRssMb());
results.loadavgAtEnd = os.loadavg().map((x) => round(x, 2));
results.memory = memory;
results.totalSeconds = round((now() - started) / 1000, 1);
mkdirSync(dirname(resolve(args.out)), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
printReport(results);
console.log(`\nresults: ${relative(process.cwd(), resolve(args.out)) || args.out}`);

// ---------------------------------------------------------------------------------------------------
// Report.
// ---------------------------------------------------------------------------------------------------

function printReport(r) {
  const table = (title, head, rows) => {
    const cells = [head, ...rows].map((row) => row.map((c) => (c === undefined ? '—' : String(c))));
    const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
    const widths = head.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ''))));
    const line = (row) => row.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ');
    console.log(`\n${title}`);
    console.log(line(cells[0]));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of cells.slice(1)) console.log(line(row));
  };
  const c = r.corpus;
  console.log(`shiting-kg bench — ${r.date} — node ${r.node} — ${r.cpus} × ${r.cpuModel ?? 'cpu'} — seed ${r.seed}`);
  console.log(`corpus: ${c.documents} documents, ${fmtInt(c.chars)} chars, ${c.mb} MB UTF-8 (doc ${fmtInt(c.charsPerDocument.min)}–${fmtInt(c.charsPerDocument.max)} chars; ${Math.round(c.distinctRatio * 100)}% of ${fmtInt(c.sentences)} sentences distinct); built in ${c.buildMs} ms`);

  const j = r.jieba;
  const il = r.interleaved;
  table(`Throughput on the same corpus, interleaved per document (main loop ${r.mainLoop.seconds} s, CPU ${Math.round(r.mainLoop.cpuShareOfWall * 100)}% of wall)`, ['what', 'wall ms', 'chars/s', '× cut', 'CPU ms', 'chars/CPU-s', '× cut (CPU)'], [
    ['nodejieba.cut (raw, project dict) = floor', fmtInt(il.cut.ms), fmtInt(il.cut.charsPerSec), 1, fmtInt(il.cut.cpuMs), fmtInt(il.cut.charsPerCpuSec), 1],
    ['nodejieba.tag (for comparison; tokenize now cuts and looks tags up)', fmtInt(il.tag.ms), fmtInt(il.tag.charsPerSec), round(il.tag.ms / il.cut.ms, 2), fmtInt(il.tag.cpuMs), fmtInt(il.tag.charsPerCpuSec), round(il.tag.cpuMs / il.cut.cpuMs, 2)],
    ['extract()', fmtInt(r.extract.ms), fmtInt(r.extract.charsPerSec), r.ratios.extractOverCut, fmtInt(r.extract.cpuMs), fmtInt(r.extract.charsPerCpuSec), r.ratios.extractOverCutCpu],
    ['extract() + addExtraction', fmtInt(r.extractGraph.ms), fmtInt(r.extractGraph.charsPerSec), round(r.extractGraph.ms / il.cut.ms, 2), fmtInt(r.extractGraph.cpuMs), fmtInt(r.extractGraph.charsPerCpuSec), round(r.extractGraph.cpuMs / il.cut.cpuMs, 2)],
  ]);
  table('jieba alone, separate passes (default vs project dictionary)', ['what', 'ms', 'chars/s', '× cut (project dict)'], [
    ['nodejieba.cut, default dict', fmtInt(j.before.cut.ms), fmtInt(j.before.cut.charsPerSec), round(j.after.cut.charsPerSec / j.before.cut.charsPerSec, 2)],
    ['nodejieba.cut(text, true), default dict', fmtInt(j.before.cutHmm.ms), fmtInt(j.before.cutHmm.charsPerSec), round(j.after.cut.charsPerSec / j.before.cutHmm.charsPerSec, 2)],
    ['nodejieba.tag, default dict', fmtInt(j.before.tag.ms), fmtInt(j.before.tag.charsPerSec), round(j.after.cut.charsPerSec / j.before.tag.charsPerSec, 2)],
    ['nodejieba.cut, project dict', fmtInt(j.after.cut.ms), fmtInt(j.after.cut.charsPerSec), 1],
    ['nodejieba.cut(text, true) = lib cut', fmtInt(j.after.cutHmm.ms), fmtInt(j.after.cutHmm.charsPerSec), round(j.after.cut.charsPerSec / j.after.cutHmm.charsPerSec, 2)],
    ['nodejieba.tag', fmtInt(j.after.tag.ms), fmtInt(j.after.tag.charsPerSec), round(j.after.cut.charsPerSec / j.after.tag.charsPerSec, 2)],
    ['lib tokenize (cut + tag look-up + offsets)', fmtInt(j.after.tokenize.ms), fmtInt(j.after.tokenize.charsPerSec), round(j.after.cut.charsPerSec / j.after.tokenize.charsPerSec, 2)],
  ]);
  console.log(`ratios: extract/cut ${r.ratios.extractOverCut}× wall, ${r.ratios.extractOverCutCpu}× CPU (extract/tag ${r.ratios.extractOverTag}× / ${r.ratios.extractOverTagCpu}×; from separate passes ${r.ratios.extractOverCutSeparatePasses}×); (extract+graph)/extract ${r.ratios.extractGraphOverExtract}× wall, ${r.ratios.extractGraphOverExtractCpu}× CPU (addExtraction alone = ${round(r.ratios.addExtractionOverExtract * 100, 2)}% of the extract it follows: ${fmtInt(r.extractGraph.addExtractionMs)} ms with content-hash ids, ${fmtInt(r.extractGraph.addExtractionWithIdMs)} ms with explicit ids)`);
  console.log(`extract per document: p50 ${r.extract.msPerDocument.p50} ms, p95 ${r.extract.msPerDocument.p95} ms, max ${r.extract.msPerDocument.max} ms; shortest third ${fmtInt(r.extract.charsPerSecShortestThird)} chars/s, longest third ${fmtInt(r.extract.charsPerSecLongestThird)} chars/s; ${fmtInt(r.extract.entities)} entities, ${fmtInt(r.extract.relations)} relations; corpus graph ${fmtInt(r.extractGraph.graph.nodes)} nodes / ${fmtInt(r.extractGraph.graph.edges)} edges`);

  if (r.stages) {
    table(`extract() stages (instrumented extract ${fmtInt(r.stages.fullExtractMs)} ms over the corpus)`, ['stage', 'ms', 'share'], r.stages.rows.map((s) => [s.stage, fmtInt(s.ms), `${round(s.share * 100)}%`]));
    table('  ≈ what the part before the recognizers is made of (exported functions re-run on the same text)', ['stage', 'ms', 'share'], r.stages.approxBeforeRecognizers.map((s) => [s.stage, fmtInt(s.ms), `${round(s.share * 100)}%`]));
  }
  if (r.scaling) {
    table('extract() against document length', ['chars', 'ms/call', 'chars/s'], r.scaling.map((s) => [fmtInt(s.chars), s.msPerCall, fmtInt(s.charsPerSec)]));
  }
  const d = r.dictionary;
  table('Start-up', ['what', 'ms'], [
    ['require(nodejieba)', j.requireMs],
    [`jieba default dictionary load (first cut; +${j.rssOfDefaultDictionaryMb} MB RSS)`, j.defaultDictionaryLoadMs],
    [`createExtractor() cold: load + validate + compile + insert ${fmtInt(d.entries.jiebaWords)} words`, d.coldCreateExtractorMs],
    ['  = first createExtractor() of a fresh process, jieba load included', round(j.defaultDictionaryLoadMs + d.coldCreateExtractorMs)],
    ['  loadDictionaryDir (warm)', d.loadDictionaryDirMs],
    ['  compileDictionary (warm)', d.compileDictionaryMs],
    ['  createExtractor({dictionaryDir}) again (no new words)', d.warmCreateExtractorMs],
    [`createExtractor with a fresh user dictionary (${fmtInt(d.freshUserDictionary.organizations)} orgs, ${fmtInt(d.freshUserDictionary.newJiebaWords)} new words)`, d.freshUserDictionary.createExtractorMs],
    [`extract warm-up (${fmtInt(r.extractWarmup.chars)} chars of another seed)`, r.extractWarmup.ms],
  ]);
  const g = r.largeGraph;
  table(`Large synthetic graph: ${fmtInt(g.nodes)} nodes, ${fmtInt(g.edges)} edges (built in ${fmtInt(g.buildMs)} ms)`, ['what', 'ms', 'files', 'MB'], [
    [`ForceAtlas2 layout (${g.layout.iterations} it., Barnes-Hut ${g.layout.barnesHut ? 'on' : 'off'})`, fmtInt(g.layout.seconds * 1000), '', ''],
    ...g.exporters.map((e) => [`export ${e.format}`, e.error ? `error: ${e.error}` : fmtInt(e.ms), e.files, e.mb]),
  ]);
  table('Memory (after each phase; a peak only shows where it exceeds the earlier ones)', ['phase', 'RSS MB', 'peak RSS MB'], r.memory.map((m) => [m.phase, m.rssMb, m.maxRssMb]));
  console.log(`\npeak RSS ${r.peakRssMb} MB (text pipeline — corpus, jieba, extract, graph — ${r.peakRssTextPipelineMb} MB); total ${r.totalSeconds} s`);
  if (Math.max(...r.loadavgAtStart.slice(0, 1), ...r.loadavgAtEnd.slice(0, 1)) > r.cpus * 0.5) {
    console.log(`note: load average ${r.loadavgAtStart[0]} → ${r.loadavgAtEnd[0]} on ${r.cpus} CPUs: other processes were running, figures are noisy`);
  }
}
