import { defineConfig, type Options } from 'tsup';

// esbuild rewrites a regex literal with \p{Script=…} into `new RegExp(…)` (it cannot vouch for the
// script names of every target), and a `new RegExp` inside a loop is compiled on every pass. Node 20
// knows them all: keep the literals.
const keepUnicodeRegexLiterals: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    shims: true,
    target: 'node20',
    esbuildOptions: keepUnicodeRegexLiterals,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    shims: true,
    target: 'node20',
    esbuildOptions: keepUnicodeRegexLiterals,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The extraction pool's worker thread (src/parallel/pool.ts starts `./worker.js` beside itself):
    // ESM only, as both dist/index.js and dist/index.cjs start the same file.
    entry: { worker: 'src/parallel/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    shims: true,
    target: 'node20',
    esbuildOptions: keepUnicodeRegexLiterals,
  },
]);
