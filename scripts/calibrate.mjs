#!/usr/bin/env node
/**
 * Writes dictionaries/confidence.json: for every rule and recognizer, the fraction of its outputs on
 * the real-news DEVELOPMENT corpus (eval/real, split "dev" only; never the hold-out) that the answer
 * keys confirm, matched exactly as ../shared/eval/score.mjs matches them. Then prints how well the
 * table predicts: predicted confidence against observed precision per decile, in sample, by 5-fold
 * cross-validation over documents, and on the seed documents (../shared, not used for the table).
 *
 *   npm run build && npm run calibrate              # write the table and print the report
 *   npm run calibrate -- --report                   # print the report of the table as it is
 *
 * Re-run it whenever rules change: rules are keyed by name, and a name the table lacks (a renamed or
 * new rule) gets its type's precision until it is run again.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const real = join(root, 'eval', 'real');
const tableFile = join(root, 'dictionaries', 'confidence.json');
const args = process.argv.slice(2);
/** Pseudo-counts of the prior: an entry of n outputs is (tp + K · parent) / (n + K). */
const K = 4;
const ENTITY_TYPES = ['organization', 'official', 'work', 'agreement', 'document', 'event'];
const RELATION_TYPES = ['holds_position', 'met_with', 'signed', 'produced', 'broadcast', 'issued', 'organized', 'part_of', 'cooperates_with'];
const UNDIRECTED = new Set(['met_with', 'cooperates_with']);
const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[《》“”"'‘’\s]/g, '').toLowerCase();

/**
 * Every output of one document labelled right or wrong by score.mjs's rules: entities one-to-one by
 * type and name (or a mention's text), relations by their mapped ends, type and (holds_position) title.
 * Entities of a type the keys do not use (person) are left out, as the scorer leaves them out.
 */
function label(pred, gold) {
  const out = [];
  const goldOf = new Map();
  const used = new Set();
  for (const type of ENTITY_TYPES) {
    const index = new Map();
    for (const g of gold.entities.filter((e) => e.type === type)) for (const n of [g.name, ...(g.aliases ?? [])]) if (!index.has(norm(n))) index.set(norm(n), g);
    for (const p of pred.entities.filter((e) => e.type === type)) {
      const forms = [p.name, ...(p.mentions ?? []).map((m) => m.text)].map(norm);
      const g = forms.map((n) => index.get(n)).find((x) => x && !used.has(x.id)) ?? index.get(norm(p.name));
      const right = Boolean(g && !used.has(g.id));
      if (right) { used.add(g.id); goldOf.set(p.id, g.id); }
      out.push({ kind: 'entity', type, rule: p.recognizer, predicted: p.confidence, right });
    }
  }
  const key = (r, s, t) => (UNDIRECTED.has(r.type) && s > t ? `${r.type}|${t}|${s}` : `${r.type}|${s}|${t}`);
  const remaining = gold.relations.filter((r) => RELATION_TYPES.includes(r.type)).map((r) => ({ r, k: key(r, r.source, r.target), hit: false }));
  for (const r of pred.relations.filter((x) => RELATION_TYPES.includes(x.type))) {
    const s = goldOf.get(r.source), t = goldOf.get(r.target);
    const k = s && t ? key(r, s, t) : null;
    const m = k && remaining.find((x) => !x.hit && x.k === k && (r.type !== 'holds_position' || !x.r.title || !r.title || norm(x.r.title) === norm(r.title)));
    if (m) m.hit = true;
    out.push({ kind: 'relation', type: r.type, rule: r.rule, predicted: r.confidence, right: Boolean(m) });
  }
  return out;
}

/** Labelled outputs of every document with a key and a text: `[{ doc, outputs }]`. */
async function labelled(lib, docs) {
  return docs.map(({ id, text, gold }) => ({ doc: id, outputs: label(lib.extract(text), gold) }));
}

const round = (x) => Math.round(x * 1000) / 1000;

/**
 * The prior of entry `key`: `*` for a type; for a rule, the precision of the OTHER rules of its type
 * (shrunk toward `*`), so that a rule's own outputs are not counted twice, once in it and once in its prior.
 */
function parentOf(key, counts, star) {
  if (!key.includes('/')) return star;
  const type = counts.get(key.slice(0, key.indexOf('/')));
  const own = counts.get(key);
  return (type.tp - own.tp + K * star) / (type.n - own.n + K);
}

/** The table of a set of labelled outputs: `*`, each type, each type/rule, shrunk toward their parent. */
function tableOf(outputs) {
  const table = { entity: {}, relation: {} };
  for (const kind of ['entity', 'relation']) {
    const counts = new Map();
    const bump = (key, right) => { const c = counts.get(key) ?? { tp: 0, n: 0 }; c.n++; if (right) c.tp++; counts.set(key, c); };
    for (const o of outputs.filter((x) => x.kind === kind)) {
      bump('*', o.right);
      bump(o.type, o.right);
      if (o.rule !== undefined) bump(`${o.type}/${o.rule}`, o.right);
    }
    const all = counts.get('*') ?? { tp: 0, n: 0 };
    const star = all.n ? all.tp / all.n : 0.5;
    const entries = table[kind];
    entries['*'] = { ...all, confidence: round(star) };
    const keys = [...counts.keys()].filter((k) => k !== '*').sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
    for (const k of keys) {
      const { tp, n } = counts.get(k);
      entries[k] = { tp, n, confidence: round((tp + K * parentOf(k, counts, star)) / (n + K)) };
    }
  }
  return table;
}

/** The confidence `table` gives an output (the library's lookup: type/rule, else type, else `*`). */
function confidenceIn(table, o) {
  const entries = table[o.kind];
  return (entries[`${o.type}/${o.rule}`] ?? entries[o.type] ?? entries['*'])?.confidence ?? 0.5;
}

/** Predicted against observed per decile of predicted confidence (bins without outputs left out). */
function reliability(pairs) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ lo: i / 10, n: 0, predicted: 0, right: 0 }));
  for (const { predicted, right } of pairs) {
    const bin = bins[Math.min(9, Math.floor(predicted * 10))];
    bin.n++;
    bin.predicted += predicted;
    if (right) bin.right++;
  }
  const rows = bins.filter((b) => b.n > 0).map((b) => ({ bin: `${b.lo.toFixed(1)}–${(b.lo + 0.1).toFixed(1)}`, n: b.n, predicted: b.predicted / b.n, observed: b.right / b.n }));
  const n = pairs.length;
  const ece = rows.reduce((sum, r) => sum + (r.n / n) * Math.abs(r.predicted - r.observed), 0);
  const brier = pairs.reduce((sum, p) => sum + (p.predicted - (p.right ? 1 : 0)) ** 2, 0) / n;
  return { rows, ece, brier, n };
}

function printReliability(title, pairs) {
  for (const kind of ['entity', 'relation']) {
    const { rows, ece, brier, n } = reliability(pairs.filter((p) => p.kind === kind));
    console.log(`\n${title}, ${kind === 'entity' ? 'entities' : 'relations'} (${n} outputs; expected calibration error ${ece.toFixed(3)}, Brier ${brier.toFixed(3)})\n`);
    console.log('| confidence | outputs | predicted | observed |');
    console.log('|---|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.bin} | ${r.n} | ${r.predicted.toFixed(3)} | ${r.observed.toFixed(3)} |`);
  }
}

/** The development documents of eval/real that have a text in the cache and a key. */
function devDocuments() {
  const sources = JSON.parse(readFileSync(join(real, 'sources.json'), 'utf8'));
  return sources
    .filter((s) => s.split === 'dev')
    .filter((s) => existsSync(join(real, '.cache', `${s.id}.txt`)) && existsSync(join(real, 'gold', `${s.id}.gold.json`)))
    .map((s) => ({ id: s.id, text: readFileSync(join(real, '.cache', `${s.id}.txt`), 'utf8'), gold: JSON.parse(readFileSync(join(real, 'gold', `${s.id}.gold.json`), 'utf8')) }));
}

/** The seed documents of ../shared (gold keys beside their texts), when present. */
function seedDocuments() {
  const gold = resolve(root, '..', 'shared', 'gold');
  const corpus = resolve(root, '..', 'shared', 'corpus');
  if (!existsSync(gold) || !existsSync(corpus)) return [];
  return readdirSync(gold).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const key = JSON.parse(readFileSync(join(gold, f), 'utf8'));
    return { id: key.doc, text: readFileSync(join(corpus, key.doc), 'utf8'), gold: key };
  }).filter((d) => d.text);
}

/** Each document's outputs scored with a table made from the other folds (5 folds, documents dealt in turn). */
function crossValidated(docs) {
  const folds = 5;
  const pairs = [];
  docs.forEach((d, i) => {
    const rest = docs.filter((_, j) => j % folds !== i % folds).flatMap((x) => x.outputs);
    const table = tableOf(rest);
    for (const o of d.outputs) pairs.push({ kind: o.kind, predicted: confidenceIn(table, o), right: o.right });
  });
  return pairs;
}

const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('calibrate: dist/index.js is missing: run `npm run build` first');
  process.exit(2);
}
const lib = await import(pathToFileURL(dist).href);
const dev = devDocuments();
if (!dev.length) {
  console.error('calibrate: no development text in eval/real/.cache (see eval/real/README.md)');
  process.exit(1);
}
const docs = await labelled(lib, dev);
const outputs = docs.flatMap((d) => d.outputs);
let table;
if (args.includes('--report')) table = JSON.parse(readFileSync(tableFile, 'utf8'));
else {
  table = {
    $comment: `Written by scripts/calibrate.mjs (npm run calibrate) from the real-news development corpus (${docs.length} documents): per type and rule (relations) or recognizer (entities), tp of n outputs confirmed by the answer keys, and the confidence an output gets: (tp + ${K} · prior) / (n + ${K}), the prior of a rule being the precision of the other rules of its type (shrunk so toward *), that of a type the precision of *. A rule the table lacks gets its type's entry, a type it lacks *. Statistics only, no names.`,
    ...tableOf(outputs),
  };
  writeFileSync(tableFile, `${JSON.stringify(table, null, 1)}\n`);
  const count = (kind) => `${outputs.filter((o) => o.kind === kind && o.right).length} of ${outputs.filter((o) => o.kind === kind).length}`;
  console.log(`calibrate: wrote ${tableFile} (${docs.length} documents; right: entities ${count('entity')}, relations ${count('relation')})`);
}
const inSample = outputs.map((o) => ({ kind: o.kind, predicted: confidenceIn(table, o), right: o.right }));
printReliability(`Development corpus (${docs.length} documents), in sample`, inSample);
printReliability(`Development corpus, 5-fold cross-validation over documents`, crossValidated(docs));
const seeds = await labelled(lib, seedDocuments());
if (seeds.length) printReliability(`Seed documents (${seeds.length}, not used for the table)`, seeds.flatMap((d) => d.outputs).map((o) => ({ kind: o.kind, predicted: confidenceIn(table, o), right: o.right })));
