#!/usr/bin/env node
/**
 * `npm run bench:cli` — throughput and peak memory of the BUILT command line on a corpus of many files.
 *
 *   node bench/cli-scale.mjs [--mb 20] [--workers 1,2] [--large-files 1] [--seed 20240909]
 *                            [--format json] [--reference-mb 20] [--keep] [--out bench/cli-scale-results.json]
 *
 * Writes a deterministic corpus (bench/corpus.mjs) of about `--mb` MB of UTF-8 to a temporary folder,
 * 100 files per sub-folder, plus `--large-files` files of about 2 MB (several documents in one file, so
 * they go through extractLarge), then runs `node dist/cli.js extract <dir> --out <tmp> --workers N` once
 * per worker count and records wall time, CPU time and the CLI process's peak RSS (getrusage maxRSS of
 * the whole process, worker threads included, written by bench/usage-hook.mjs at exit). The headline
 * figures: the speed-up of the largest worker count over the smallest (target ≥ 1.6 for 2 over 1 on
 * 2 cores) and the largest peak RSS (target < 1 GB). The reference beside them: the same two counts of
 * independent processes, each running plain extract() over its share of the first `--reference-mb` MB
 * (bench/extract-share.mjs), which is the speed-up this machine gives extract() itself, with no pool
 * and no graph (0 skips it).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '20' },
    workers: { type: 'string', default: '1,2' },
    'large-files': { type: 'string', default: '1' },
    seed: { type: 'string', default: '20240909' },
    format: { type: 'string', default: 'json' },
    'reference-mb': { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: join(here, 'cli-scale-results.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 17).map((l) => l.replace(/^ \*\s?/, '')).join('\n'));
  process.exit(0);
}
const MB = Number(args.mb);
const SEED = Number(args.seed);
const LARGE = Number(args['large-files']);
const WORKERS = args.workers.split(',').map((w) => Number(w.trim()));
const REFERENCE_MB = Number(args['reference-mb']);
if (!(REFERENCE_MB >= 0)) {
  console.error('bench: --reference-mb must be a number ≥ 0');
  process.exit(2);
}
if (!(MB > 0) || !Number.isInteger(SEED) || !(Number.isInteger(LARGE) && LARGE >= 0) || WORKERS.some((w) => !Number.isInteger(w) || w < 0)) {
  console.error('bench: --mb must be > 0, --seed an integer, --large-files and every --workers an integer ≥ 0');
  process.exit(2);
}

const log = (...a) => console.error('[bench:cli]', ...a);
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// The built CLI and its worker (build them when missing).
const CLI = join(root, 'dist', 'cli.js');
if (!existsSync(CLI) || !existsSync(join(root, 'dist', 'worker.js'))) {
  log('building dist/ with tsup…');
  execFileSync('npx', ['tsup'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// 1. Corpus: written batch by batch, never held whole. ------------------------------------------------
const work = mkdtempSync(join(os.tmpdir(), 'shiting-kg-cli-scale-'));
const corpusDir = join(work, 'corpus');
const examplesDir = join(root, 'examples', 'corpus');
const LARGE_BYTES = 2e6;
const target = MB * 1e6;
let bytes = 0;
let chars = 0;
let files = 0;
let largeWritten = 0;
let batch = 0;
const t0 = performance.now();
log(`writing a ${MB} MB corpus to ${corpusDir}…`);
const write = (text) => {
  const dir = join(corpusDir, String(Math.floor(files / 100)).padStart(4, '0'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${String(files).padStart(6, '0')}.txt`), text);
  files++;
  bytes += Buffer.byteLength(text, 'utf8');
  chars += text.length;
};
// The large files first, spread through the corpus by their names (every (n / LARGE)-th folder).
const largeAt = new Set(Array.from({ length: LARGE }, (_v, i) => Math.floor(((i + 0.5) * target) / (LARGE + 1) / 2e4)));
while (bytes < target) {
  const { docs } = buildCorpus({ bytes: Math.min(5e6, target - bytes + 1), seed: SEED + batch++, examplesDir });
  for (const doc of docs) {
    if (largeAt.has(files) && bytes + LARGE_BYTES < target) {
      const parts = [doc];
      let size = Buffer.byteLength(doc, 'utf8');
      const { docs: more } = buildCorpus({ bytes: LARGE_BYTES - size, seed: SEED + 1000 + files, examplesDir });
      for (const d of more) { parts.push(d); size += Buffer.byteLength(d, 'utf8'); }
      write(parts.join('\n\n'));
      largeWritten++;
      continue;
    }
    write(doc);
    if (bytes >= target) break;
  }
}
const corpus = { files, largeFiles: largeWritten, mb: round(bytes / 1e6, 2), chars, buildMs: round(performance.now() - t0, 0) };
log(`corpus: ${files} files, ${corpus.mb} MB, ${chars.toLocaleString('en-US')} characters`);

// 2. One CLI run per worker count. ---------------------------------------------------------------------
const hook = pathToFileURL(join(here, 'usage-hook.mjs')).href;

function runCli(workers) {
  const usageFile = join(work, `usage-${workers}.json`);
  const outDir = join(work, `out-${workers}`);
  const cliArgs = ['--import', hook, CLI, 'extract', corpusDir, '--out', outDir, '--format', args.format, '--workers', String(workers), '--timings'];
  const loadavg = os.loadavg().map((x) => round(x, 2));
  const start = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, cliArgs, { cwd: root, env: { ...process.env, SHITING_KG_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) {
        reject(new Error(`bench: the CLI exited ${code} with --workers ${workers}:\n${stderr.slice(-2000)}`));
        return;
      }
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      const summary = /^documents: (\d+), entities: (\d+), relations: (\d+)/.exec(stdout);
      const phases = Object.fromEntries([...(/timings: (.*)/.exec(stderr)?.[1] ?? '').matchAll(/([\w+-]+) (\d+) ms/g)].map((m) => [m[1], round(Number(m[2]) / 1000, 2)]));
      resolvePromise({
        workers,
        wallS: round(wallMs / 1000, 2),
        cpuS: round((usage.userCPUTime + usage.systemCPUTime) / 1e6, 2),
        cpuShareOfWall: round((usage.userCPUTime + usage.systemCPUTime) / 1e3 / wallMs, 2),
        peakRssMb: round(usage.maxRSS / 1024, 0),
        phasesS: phases,
        mbPerS: round(corpus.mb / (wallMs / 1000), 3),
        charsPerS: Math.round(chars / (wallMs / 1000)),
        documents: Number(summary?.[1]),
        entities: Number(summary?.[2]),
        relations: Number(summary?.[3]),
        graphJsonMb: existsSync(join(outDir, 'graph.json')) ? round(readFileSync(join(outDir, 'graph.json')).length / 1e6, 1) : undefined,
        loadavgAtStart: loadavg,
      });
    });
  });
}

/**
 * `count` processes started together, each extracting its share of the first REFERENCE_MB MB: the
 * slowest share's extraction loop (start-up excluded) is the time of the whole.
 */
async function runShares(count) {
  const share = (part) => new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(here, 'extract-share.mjs'), corpusDir, String(part), String(count), String(REFERENCE_MB)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(JSON.parse(stdout)) : reject(new Error(`bench: extract-share exited ${code}:\n${stderr.slice(-2000)}`))));
  });
  const shares = await Promise.all(Array.from({ length: count }, (_v, part) => share(part)));
  return { processes: count, loopS: round(Math.max(...shares.map((s) => s.ms)) / 1000, 2), chars: shares.reduce((n, s) => n + s.chars, 0) };
}

const runs = [];
const reference = [];
try {
  for (const workers of WORKERS) {
    log(`shiting-kg extract … --workers ${workers}`);
    const run = await runCli(workers);
    log(`  ${run.wallS} s, ${run.mbPerS} MB/s, peak RSS ${run.peakRssMb} MB, CPU ${run.cpuS} s`);
    runs.push(run);
  }
  const counts = [...new Set([Math.min(...WORKERS), Math.max(...WORKERS)])].filter((n) => n >= 1);
  if (REFERENCE_MB > 0 && counts.length === 2) {
    for (const count of counts) {
      log(`reference: ${count} independent process(es) running extract() over the first ${REFERENCE_MB} MB`);
      const ref = await runShares(count);
      log(`  ${ref.loopS} s`);
      reference.push(ref);
    }
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

// 3. Report. --------------------------------------------------------------------------------------------
const slowest = runs.reduce((a, b) => (a.workers <= b.workers ? a : b));
const fastest = runs.reduce((a, b) => (a.workers >= b.workers ? a : b));
const sameGraph = runs.every((r) => r.entities === runs[0].entities && r.relations === runs[0].relations && r.documents === runs[0].documents);
const extractS = (r) => r.phasesS['read+extract+merge'];
const results = {
  bench: 'shiting-kg cli-scale',
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model,
  args: { mb: MB, workers: WORKERS, largeFiles: LARGE, seed: SEED, format: args.format },
  corpus,
  runs,
  speedup: {
    [`${fastest.workers}over${slowest.workers}`]: round(slowest.wallS / fastest.wallS, 2),
    extractionPhase: extractS(fastest) ? round(extractS(slowest) / extractS(fastest), 2) : undefined,
    target: 1.6,
  },
  reference: reference.length === 2 ? { mb: REFERENCE_MB, runs: reference, speedup: round(reference[0].loopS / reference[1].loopS, 2) } : undefined,
  peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  peakRssTargetMb: 1024,
  sameGraph,
};
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);

const table = [['workers', 'wall s', 'MB/s', 'chars/s', 'CPU s', 'CPU/wall', 'peak RSS MB', 'start-up s', 'extract s', 'layout s', 'export s', 'documents', 'entities', 'relations']];
for (const r of runs) {
  const p = r.phasesS;
  table.push([r.workers, r.wallS, r.mbPerS, r.charsPerS.toLocaleString('en-US'), r.cpuS, r.cpuShareOfWall, r.peakRssMb, p['start-up'], p['read+extract+merge'], p.layout, p.export, r.documents, r.entities, r.relations].map(String));
}
const widths = table[0].map((_h, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`corpus: ${corpus.files} files (${corpus.largeFiles} of ~2 MB), ${corpus.mb} MB, ${corpus.chars.toLocaleString('en-US')} characters`);
for (const row of table) console.log(row.map((cell, i) => cell.padStart(widths[i])).join('  '));
console.log(`speed-up ${fastest.workers} over ${slowest.workers} workers: ${results.speedup[`${fastest.workers}over${slowest.workers}`]} whole command, ${results.speedup.extractionPhase} extraction phase (target ≥ 1.6); peak RSS ${results.peakRssMb} MB (target < 1024); same graph: ${sameGraph}`);
if (results.reference) console.log(`reference: ${reference[1].processes} independent extract() processes over ${reference[0].processes}: ${results.reference.speedup} (the same extraction with no pool and no graph, first ${REFERENCE_MB} MB)`);
console.log(`written to ${args.out}`);
