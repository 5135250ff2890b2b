#!/usr/bin/env node
/**
 * One share of the "independent processes" reference of bench/cli-scale.mjs: extracts every `of`-th
 * file (starting at `part`) of the first `mb` MB of a corpus folder with the BUILT library's plain
 * `extract()` on this process's own thread: no pool, no graph, no message passing. Prints one line
 * of JSON: the milliseconds of the extraction loop alone (jieba and the dictionary are loaded first),
 * documents and characters.
 *
 *   node bench/extract-share.mjs <corpus dir> <part> <of> <mb>
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [dir, part, of, mb] = [process.argv[2], ...process.argv.slice(3, 6).map(Number)];
if (!dir || !(of >= 1) || !(part >= 0 && part < of) || !(mb > 0)) {
  console.error('usage: node bench/extract-share.mjs <corpus dir> <part> <of> <mb>');
  process.exit(2);
}

/** The corpus's files in name order, up to `mb` MB: every share sees the same list. */
function corpusFiles(folder, capBytes) {
  const files = [];
  let bytes = 0;
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (bytes >= capBytes) return;
      const path = join(d, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (name.endsWith('.txt')) { files.push(path); bytes += stat.size; }
    }
  };
  walk(folder);
  return files;
}

const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const mine = corpusFiles(dir, mb * 1e6).filter((_f, i) => i % of === part).map((f) => readFileSync(f, 'utf8'));
lib.extract('预热：国家广播电视总局。');
let chars = 0;
const start = performance.now();
for (const text of mine) {
  if (text.length > lib.LARGE_TEXT_THRESHOLD) lib.extractLarge(text);
  else lib.extract(text);
  chars += text.length;
}
console.log(JSON.stringify({ part, of, ms: Math.round(performance.now() - start), documents: mine.length, chars }));
