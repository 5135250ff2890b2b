#!/usr/bin/env node
/**
 * `node bench/hostile.mjs [--only name,name] [--trials 3] [--out bench/hostile-results.md]` — the battery
 * of hostile inputs of issue #18 against the BUILT package (dist/), not part of `npm test`: each case runs
 * in its own process and the table records what happened, the wall time, the peak RSS of the process
 * (getrusage maxRSS written at exit by bench/usage-hook.mjs, worker threads included; for a process
 * killed by a signal, the VmHWM last read from /proc) and the first line of its error message.
 * Interrupt cases (kill -9, SIGINT, SIGTERM) stop a run at random moments of its writing phase and
 * check that the folder then holds, byte for byte, the complete old set or the complete new one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const CLI = join(root, 'dist/cli.js');
const LIB = join(root, 'dist/index.js');
const HOOK = join(here, 'usage-hook.mjs');
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    trials: { type: 'string', default: '3' },
    out: { type: 'string', default: join(here, 'hostile-results.md') },
  },
});
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js not found (npm run build)');
  process.exit(2);
}
const TRIALS = Number(args.trials);
const work = mkdtempSync(join(os.tmpdir(), 'shiting-kg-hostile-'));
const TEXT = '国家广播电视总局局长曹淑敏出席会议。中国网络视听协会在北京召开工作会。\n';

/** Peak RSS of a running process so far, from /proc (KiB), or 0. */
function vmHwm(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Run `node …argv` and resolve { code, signal, ms, rssMb, stderr, stdout }. `kill(child, started)`, if
 * given, is called every 10 ms until it returns true (it sends the signal itself).
 */
function runNode(argv, { kill, cwd = work } = {}) {
  const usage = join(work, `usage-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', HOOK, ...argv], { cwd, env: { ...process.env, SHITING_KG_USAGE_FILE: usage }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hwm = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      hwm = Math.max(hwm, vmHwm(child.pid));
      if (kill?.(child, started)) kill = undefined;
    }, 10);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      let maxRss = hwm;
      if (existsSync(usage)) maxRss = Math.max(maxRss, JSON.parse(readFileSync(usage, 'utf8')).maxRSS);
      done({ code, signal, ms, rssMb: maxRss / 1024, stdout, stderr });
    });
  });
}

/** Run a library snippet (ES module, `lib` bound to dist/index.js). */
const runLibrary = (code) => runNode(['--input-type=module', '-e', `import * as lib from ${JSON.stringify(LIB)};\n${code}`]);

/** Every visible file under `dir` (links followed, the writer's .shiting-kg left out) → its bytes. */
function snapshot(dir, prefix = '') {
  const files = {};
  if (!existsSync(join(dir, prefix))) return files;
  for (const name of readdirSync(join(dir, prefix))) {
    if (name.startsWith('.')) continue;
    const full = join(dir, prefix, name);
    const info = statSync(full, { throwIfNoEntry: false });
    if (info === undefined) files[join(prefix, name)] = '(dangling)';
    else if (info.isDirectory()) Object.assign(files, snapshot(dir, join(prefix, name)));
    else files[join(prefix, name)] = readFileSync(full, 'latin1');
  }
  return files;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The error message of a run: an `…Error: ` line (a library call's throw), else the CLI's first `shiting-kg:` line. */
function firstLine(text) {
  const lines = text.split('\n');
  return (lines.find((line) => /^\w*Error: /.test(line)) ?? lines.find((line) => line.startsWith('shiting-kg:')) ?? '').trim();
}

const rows = [];
function record(name, outcome, run) {
  const row = { name, outcome, ms: run?.ms, rssMb: run?.rssMb, message: run ? firstLine(run.stderr) : '' };
  rows.push(row);
  console.log(`${name}: ${outcome} (${row.ms === undefined ? '-' : `${(row.ms / 1000).toFixed(1)} s`}, ${row.rssMb === undefined ? '-' : `${Math.round(row.rssMb)} MB`}) ${row.message}`);
}

/** A library call of extract() on a generated text: entities found, or the error. */
async function extractCase(name, makeText, note) {
  const run = await runLibrary(`const text = ${makeText};
const r = lib.extract(text);
console.log(JSON.stringify({ chars: text.length, entities: r.entities.length, relations: r.relations.length }));`);
  const result = run.code === 0 ? JSON.parse(run.stdout) : undefined;
  const capped = /RangeError: .*characters, more than/.test(run.stderr);
  const outcome = result ? `ok: ${result.chars.toLocaleString('en')} chars, ${result.entities} entities, ${result.relations} relations${note ? `; ${note}` : ''}`
    : capped ? 'ok: refused at once by extract()\'s length cap (RangeError)' : `FAILED (exit ${run.code ?? run.signal})`;
  record(name, outcome, run);
}

/** `extract` through the CLI into a fresh folder. */
const cli = (argv, options) => runNode([CLI, 'extract', ...argv], options);

/** A corpus big enough that writing every format takes a while: copies of examples/corpus. */
function corpus(name, copies) {
  const dir = join(work, name);
  for (let i = 0; i < copies; i++) cpSync(join(root, 'examples/corpus'), join(dir, `copy${i}`), { recursive: true });
  return dir;
}

const FORMATS = 'json,csv,gexf,graphml,neo4j,html';

/** Interrupt runs at random moments of the writing phase; each time the folder must hold the old set or the new one. */
async function interruptCase(signal) {
  const oldCorpus = corpus(`old-${signal}`, 1);
  const newCorpus = corpus(`new-${signal}`, 3);
  const reference = join(work, `reference-${signal}`);
  await cli([newCorpus, '--out', reference, '--format', FORMATS, '--workers', '1', '--timings']);
  const newSet = snapshot(reference);
  const exportMs = Number(/export (\d+) ms/.exec((await cli([newCorpus, '--out', reference, '--format', FORMATS, '--workers', '1', '--timings'])).stderr)?.[1] ?? 500);
  const outcomes = { old: 0, new: 0, mixed: 0 };
  let last;
  let leftovers = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const out = join(work, `out-${signal}-${trial}`);
    await cli([oldCorpus, '--out', out, '--format', FORMATS, '--workers', '1']);
    const oldSet = snapshot(out);
    const delay = Math.random() * exportMs * 1.2;
    const state = join(out, '.shiting-kg');
    let writingSince;
    // The writing phase begins when a second generation folder appears beside the current one.
    last = await cli([newCorpus, '--out', out, '--format', FORMATS, '--workers', '1'], {
      kill: (child) => {
        const writing = existsSync(state) && readdirSync(state).filter((n) => n.startsWith('gen-')).length > 1;
        if (writing) writingSince ??= performance.now();
        if (writingSince === undefined || performance.now() - writingSince < delay) return false;
        child.kill(signal);
        return true;
      },
    });
    const now = snapshot(out);
    outcomes[same(now, oldSet) ? 'old' : same(now, newSet) ? 'new' : 'mixed']++;
    // The next run removes what this one left.
    const next = await cli([oldCorpus, '--out', out, '--format', 'json', '--workers', '1']);
    if (/removed what an interrupted run left/.test(next.stderr)) leftovers++;
    if (readdirSync(state).filter((n) => n.startsWith('gen-')).length !== 1) outcomes.mixed++;
  }
  const verdict = outcomes.mixed === 0 ? 'ok' : 'FAILED';
  record(`${signal === 'SIGKILL' ? 'kill -9' : signal} during writing (${TRIALS} runs, random moments of a ${exportMs} ms export)`,
    `${verdict}: ${outcomes.old} × complete old set, ${outcomes.new} × complete new set, ${outcomes.mixed} mixed; leftovers removed by the next run ${leftovers} time${leftovers === 1 ? '' : 's'}`, last);
}

const cases = {
  'brackets': () => extractCase('extract(《 × 10,485,760)', "'《'.repeat(10_485_760)"),
  'no-punctuation': () => extractCase('extract(5 M characters, no punctuation)', "Array.from({ length: 5_000_000 }, (_, i) => '的一是在不了有和人这中大为上个国我以要他'[(i * 7919) % 20]).join('')"),
  'ju': () => extractCase('extract(局 × 20,971,520)', "'局'.repeat(20_971_520)"),
  'dev-zero': async () => {
    const run = await cli(['/dev/zero', '--out', join(work, 'zero')]);
    record('extract /dev/zero --out', run.code === 1 && /character device/.test(run.stderr) ? 'ok: refused without reading' : `FAILED (exit ${run.code ?? run.signal})`, run);
  },
  'fifo': async () => {
    const fifo = join(work, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    const run = await cli([fifo, '--out', join(work, 'fifo')]);
    record('extract <a FIFO no one writes to> --out', run.code === 1 && /FIFO/.test(run.stderr) ? 'ok: refused without blocking' : `FAILED (exit ${run.code ?? run.signal})`, run);
  },
  'too-large': async () => {
    const file = join(work, 'large.txt');
    writeFileSync(file, TEXT.repeat(Math.ceil((101 * 2 ** 20) / Buffer.byteLength(TEXT))));
    const run = await cli([file, '--out', join(work, 'large')]);
    rmSync(file);
    record('a 101 MB input (default --max-input-mb 100)', run.code === 1 && /over the input limit/.test(run.stderr) ? 'ok: refused with the limit named' : `FAILED (exit ${run.code ?? run.signal})`, run);
  },
  'workers-64': async () => {
    const file = join(work, 'one.txt');
    writeFileSync(file, TEXT);
    const run = await cli([file, '--out', join(work, 'w64'), '--workers', '64']);
    record('--workers 64 on one small file', run.code === 0 && /using \d+/.test(run.stderr) ? `ok: ${/using (\d+)/.exec(run.stderr)[1]} workers` : `FAILED (exit ${run.code ?? run.signal})`, run);
  },
  'dict-94mb': async () => {
    const dict = join(work, 'dict94.json');
    writeFileSync(dict, largeDictionary(94 * 10 ** 6));
    const file = join(work, 'one.txt');
    writeFileSync(file, `${TEXT}甲乙丙丁戊己传媒有限公司出品网络剧《山海长歌》。\n`);
    const run = await cli([file, '--out', join(work, 'dict'), '--dict', dict, '--workers', '2']);
    rmSync(dict);
    const sizeMb = (94 * 10 ** 6 / 2 ** 20).toFixed(0);
    record(`a ${sizeMb} MiB --dict (94 MB, 2 workers)`, run.code === 0 ? `ok: ${/^documents: .*/m.exec(run.stdout)?.[0] ?? 'written'}` : `FAILED (exit ${run.code ?? run.signal})`, run);
  },
  'kill-9': () => interruptCase('SIGKILL'),
  'sigint': () => interruptCase('SIGINT'),
  'sigterm': () => interruptCase('SIGTERM'),
  'concurrent': async () => {
    const dir = corpus('concurrent', 2);
    const out = join(work, 'concurrent-out');
    const lock = join(out, '.shiting-kg', 'lock');
    let second;
    const first = cli([dir, '--out', out, '--format', FORMATS, '--workers', '1'], {
      kill: () => {
        if (!existsSync(lock) || second) return false;
        second = cli([dir, '--out', out, '--format', 'json', '--workers', '1']);
        return true;
      },
    });
    const [a, b] = [await first, await second];
    const ok = a.code === 0 && b.code === 1 && /being written by another run/.test(b.stderr);
    record('two runs writing one folder at once', ok ? 'ok: the first writes, the second is refused at once' : `FAILED (exit ${a.code} / ${b?.code})`, b);
  },
  'all-fail': async () => {
    const out = join(work, 'keep');
    const file = join(work, 'a.txt');
    writeFileSync(file, TEXT);
    await cli([file, '--out', out, '--format', FORMATS, '--workers', '0']);
    const before = snapshot(out);
    const run = await cli([file, '--out', out, '--format', FORMATS, '--workers', '0', '--encoding', 'klingon']);
    record('every input failing (--encoding klingon over a good export)', run.code === 1 && same(snapshot(out), before) ? 'ok: nothing written, the export unchanged' : `FAILED (exit ${run.code})`, run);
  },
  'control-character': async () => {
    const file = join(work, 'ctl.txt');
    writeFileSync(file, '网络剧《庆余年》热播，《庆\u0001余年》第二季将在腾讯视频播出。\n');
    const out = join(work, 'ctl');
    const run = await cli([file, '--out', out, '--format', FORMATS, '--workers', '0']);
    const names = Object.keys(snapshot(out));
    record('two titles differing by a control character (《庆余年》, 《庆\\u0001余年》)', run.code === 0 && names.length === 12 ? `ok: every format written (${names.length} files)` : `FAILED (exit ${run.code}, ${names.length} files)`, run);
  },
  'utf16le': async () => {
    const file = join(work, 'utf16.txt');
    writeFileSync(file, Buffer.from(TEXT.repeat(20), 'utf16le'));
    const run = await cli([file, '--out', join(work, 'utf16'), '--workers', '0']);
    record('UTF-16LE without a byte-order mark', run.code === 0 ? `ok: ${/^documents: .*/m.exec(run.stdout)?.[0]}` : `FAILED (exit ${run.code})`, run);
  },
  'format-fails': async () => {
    const run = await runLibrary(`const kg = new lib.KnowledgeGraph();
kg.addDocument(${JSON.stringify(TEXT)}, { id: 'a.txt' });
const dir = ${JSON.stringify(join(work, 'formats'))};
try { await lib.writeExports(kg, dir, ['json', 'boom', 'csv'], { exporters: { boom: () => { throw new Error('cannot draw'); } } }); }
catch (e) { console.error(e.message); console.log(JSON.stringify(e.written.length)); }`);
    record('one format failing (an exporter that throws) beside json and csv', run.stdout.trim() === '3' ? 'ok: json and csv written (3 files), the failure named' : `FAILED (${run.stdout.trim()})`, run);
  },
};

/** A user dictionary of about `bytes` bytes: invented company names (six characters each) with one alias. */
function largeDictionary(bytes) {
  const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海';
  const name = (n) => Array.from({ length: 6 }, (_, k) => chars[Math.floor(n / chars.length ** k) % chars.length]).join('');
  const entries = [];
  let size = 20;
  for (let i = 0; size < bytes; i++) {
    const entry = JSON.stringify({ name: `${name(i)}传媒有限公司`, subtype: 'company', aliases: [`${name(i)}传媒`] });
    entries.push(entry);
    size += Buffer.byteLength(entry) + 1;
  }
  return `{"organizations":[${entries.join(',')}]}`;
}

const chosen = args.only ? args.only.split(',') : Object.keys(cases);
for (const name of chosen) {
  if (!cases[name]) throw new Error(`bench: no case ${name} (cases: ${Object.keys(cases).join(', ')})`);
  await cases[name]();
}
rmSync(work, { recursive: true, force: true });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Hostile inputs (bench/hostile.mjs)',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, a machine shared with other work (wall times vary with its load).`,
  'Peak RSS: the whole process, worker threads included. Each case runs in its own process.',
  '',
  '| case | result | wall time | peak RSS | message |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${r.outcome} | ${r.ms === undefined ? '' : `${(r.ms / 1000).toFixed(1)} s`} | ${r.rssMb === undefined ? '' : `${Math.round(r.rssMb)} MB`} | ${r.message.replace(/\|/g, '\\|')} |`),
  '',
];
if (!args.only) writeFileSync(args.out, lines.join('\n'));
else console.log(lines.join('\n'));
