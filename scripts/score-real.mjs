#!/usr/bin/env node
/**
 * Scores the built library on the real-news corpus (eval/real, see its README):
 *
 *   npm run score:real                   # the development part
 *   npm run score:real -- --holdout      # the hold-out part (score it only after a batch of rules is written)
 *   npm run score:real -- --all          # both
 *   npm run score:real -- --agreement    # the second annotator's keys against the first (eval/real/second)
 *   … --verbose                          # every miss (never on the hold-out before its rules are written)
 *
 * The texts are third-party and not in the repository: they are read from eval/real/.cache/<id>.txt.
 * A text missing from the cache is named and left out of the score (the scorer says how many documents
 * it scored), never scored as empty.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const real = join(root, 'eval', 'real');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const args = process.argv.slice(2);
const has = (flag) => args.includes(flag);
const passThrough = args.filter((a) => ['--verbose', '--json', '--strict-names'].includes(a));

if (!existsSync(scorer)) {
  console.error(`score-real: the scorer ${scorer} is missing (it lives in ../shared/eval beside this checkout)`);
  process.exit(2);
}
const sources = JSON.parse(readFileSync(join(real, 'sources.json'), 'utf8'));
const split = has('--all') ? null : has('--holdout') ? 'holdout' : 'dev';
const agreement = has('--agreement');
const keyDir = (id) => join(real, 'gold', `${id}.gold.json`);
const secondDir = (id) => join(real, 'second', `${id}.gold.json`);

const wanted = sources.filter((s) => (agreement ? existsSync(secondDir(s.id)) : split === null || s.split === split));
const missing = wanted.filter((s) => !existsSync(join(real, '.cache', `${s.id}.txt`)));
const scored = wanted.filter((s) => !missing.includes(s) && existsSync(keyDir(s.id)));
if (missing.length) console.error(`score-real: ${missing.length} text(s) not in eval/real/.cache (see eval/real/README.md to refill): ${missing.map((s) => s.id).join(' ')}`);
if (!scored.length) {
  console.error('score-real: no document to score');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'shiting-kg-real-'));
const goldDir = join(work, 'gold');
const predDir = join(work, 'pred');
mkdirSync(goldDir);
mkdirSync(predDir);
try {
  if (agreement) {
    // The second key read as a prediction: its aliases are the texts of its mentions.
    for (const s of scored) {
      writeFileSync(join(goldDir, `${s.id}.gold.json`), readFileSync(keyDir(s.id)));
      const second = JSON.parse(readFileSync(secondDir(s.id), 'utf8'));
      const entities = second.entities.map((e) => ({ ...e, mentions: (e.aliases ?? []).map((text) => ({ text })) }));
      writeFileSync(join(predDir, `${s.id}.json`), JSON.stringify({ entities, relations: second.relations }));
    }
  } else {
    const dist = join(root, 'dist', 'index.js');
    if (!existsSync(dist)) {
      console.error('score-real: dist/index.js is missing: run `npm run build` first');
      process.exit(2);
    }
    const lib = await import(pathToFileURL(dist).href);
    for (const s of scored) {
      writeFileSync(join(goldDir, `${s.id}.gold.json`), readFileSync(keyDir(s.id)));
      const text = readFileSync(join(real, '.cache', `${s.id}.txt`), 'utf8');
      writeFileSync(join(predDir, `${s.id}.json`), JSON.stringify(lib.extract(text)));
    }
  }
  const label = agreement ? 'agreement (second key vs first)' : `${split ?? 'all'} part`;
  if (!has('--json')) console.log(`score-real: ${label}, ${scored.length} document(s)`);
  const run = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predDir, ...passThrough], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
