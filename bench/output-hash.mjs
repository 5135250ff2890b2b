#!/usr/bin/env node
/**
 * The behaviour check for refactors: a hash of everything `extract()` returns over a fixed corpus —
 * the deterministic bench corpus (`--mb`, default 3 MB), the bundled examples, and the seed
 * documents in ../shared/corpus when present. Same hash before and after = same output.
 *
 *   node bench/output-hash.mjs [--mb 3] [--seed 1] [--lib dist/index.js] [--per-doc FILE]
 *
 * `--per-doc FILE` writes one `name hash` line per document, so two runs can be diffed to find
 * which documents changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';

const { values: opts } = parseArgs({ options: { lib: { type: 'string', default: 'dist/index.js' }, mb: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, 'per-doc': { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const lib = await import(pathToFileURL(resolve(root, opts.lib)).href);
const mb = Number(opts.mb);
const seed = Number(opts.seed);

const docs = [];
for (const dir of [join(root, 'examples', 'corpus'), resolve(root, '..', 'shared', 'corpus')]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) docs.push([f, readFileSync(join(dir, f), 'utf8')]);
}
buildCorpus({ bytes: mb * 1e6, seed, examplesDir: join(root, 'examples', 'corpus') }).docs.forEach((text, i) => docs.push([`bench-${i}`, typeof text === 'string' ? text : text.text]));

const all = createHash('sha256');
const lines = [];
let chars = 0;
for (const [name, text] of docs) {
  chars += text.length;
  const out = JSON.stringify(lib.extract(text));
  const h = createHash('sha256').update(out).digest('hex').slice(0, 16);
  all.update(`${name}\0${out}\0`);
  lines.push(`${name} ${h}`);
}
const perDoc = opts['per-doc'];
if (perDoc) writeFileSync(perDoc, lines.join('\n') + '\n');
console.log(`output-hash: ${docs.length} documents, ${chars} characters: ${all.digest('hex')}`);
