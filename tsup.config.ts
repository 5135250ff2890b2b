import { defineConfig, type Options } from 'tsup';

// esbuild rewrites a regex literal with \p{Script=…} into `new RegExp(…)` (it cannot vouch for the
// script names of every target), and a `new RegExp` inside a loop is compiled on every pass. Node 20
// knows them all: keep the literals.
const keepUnicodeRegexLiterals: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

/** What every entry shares: source maps, ESM/CJS shims, Node 20, regex literals kept. */
const common: Options = { sourcemap: true, shims: true, target: 'node20', esbuildOptions: keepUnicodeRegexLiterals };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', internals: 'src/internals.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    ...common,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    ...common,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The extraction pool's worker thread (src/8-corpus/pool.ts starts `./worker.js` beside itself):
    // ESM only, as both dist/index.js and dist/index.cjs start the same file.
    entry: { worker: 'src/8-corpus/worker.ts' },
    format: ['esm'],
    ...common,
  },
]);
