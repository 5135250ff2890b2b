#!/usr/bin/env node
/**
 * Same-run A/B of two builds' extract(): both libraries are loaded in this process and run on the
 * same deterministic corpus, document by document, alternating which goes first, so machine load
 * and JIT state weigh on both alike. Prints the time of each and the ratio B / A (below 1: B is faster).
 *
 *   node bench/ab.mjs --a /path/to/old/checkout --b . [--mb 3] [--rounds 2]
 *
 * Each checkout must be built (dist/index.js). jieba is one per process: both builds read the same
 * jieba, with the same bundled words.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({ options: { a: { type: 'string', default: root }, b: { type: 'string', default: root }, mb: { type: 'string', default: '3' }, rounds: { type: 'string', default: '2' } } });
const load = (dir) => import(pathToFileURL(join(resolve(dir), 'dist', 'index.js')).href);
const [a, b] = [await load(opts.a), await load(opts.b)];
const mb = Number(opts.mb);
const rounds = Number(opts.rounds);
const docs = buildCorpus({ bytes: mb * 1e6, seed: 7, examplesDir: join(root, 'examples', 'corpus') }).docs;
const warm = buildCorpus({ bytes: 0.3e6, seed: 99, examplesDir: join(root, 'examples', 'corpus') }).docs;
for (const text of warm) { a.extract(text); b.extract(text); }

const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const total = { a: { wall: 0, cpu: 0 }, b: { wall: 0, cpu: 0 } };
const time = (lib, key, text) => {
  const w = performance.now();
  const c = cpu();
  lib.extract(text);
  total[key].cpu += cpu() - c;
  total[key].wall += performance.now() - w;
};
for (let round = 0; round < rounds; round++) {
  docs.forEach((text, i) => {
    if ((i + round) % 2 === 0) { time(a, 'a', text); time(b, 'b', text); } else { time(b, 'b', text); time(a, 'a', text); }
  });
}
const chars = docs.reduce((n, t) => n + t.length, 0) * rounds;
const f = (x) => Math.round(x);
console.log(`ab: ${docs.length} documents × ${rounds} rounds, ${chars} characters`);
console.log(`A ${f(total.a.wall)} ms wall, ${f(total.a.cpu)} ms CPU; B ${f(total.b.wall)} ms wall, ${f(total.b.cpu)} ms CPU`);
console.log(`B / A: ${(total.b.wall / total.a.wall).toFixed(3)} wall, ${(total.b.cpu / total.a.cpu).toFixed(3)} CPU`);
