import { defineConfig } from 'vitest/config';

/** Test folders of the extraction stages: many small table tests that all read one extractor. */
const STAGES = ['test/1-segment/**/*.test.ts', 'test/2-mentions/**/*.test.ts', 'test/3-resolve/**/*.test.ts', 'test/4-relations/**/*.test.ts', 'test/5-extract/**/*.test.ts', 'test/dictionary/**/*.test.ts'];
/**
 * Tests that add words to jieba's one dictionary per process, or read it without the bundled words: kept
 * out of the shared stage workers. jieba's words outlive a test file's modules in a reused worker
 * process, so each of these files adds words no other file uses.
 */
const GLOBAL_WORDS = ['test/1-segment/tokenizer.test.ts', 'test/1-segment/pos-lexicon.test.ts', 'test/1-segment/normalize.test.ts'];

// Sized for a slow, busy 2-core box: worker start-up (jieba's dictionary, ~1 s alone) and bundling
// can take many times longer there than on an idle machine. No test relies on these to fire.
const common = { pool: 'forks' as const, testTimeout: 120_000, hookTimeout: 180_000 };
const isolated = { ...common, isolate: true, poolOptions: { forks: { isolate: true } } };

export default defineConfig({
  test: {
    // The stage tests share their modules within a worker: jieba's tag table is read and the dictionary
    // compiled once per worker instead of once per file (about 3 s each). They mock nothing, and no
    // extractor changes another's words (a lexicon per extractor), so sharing changes no result. The
    // root says isolate: false because vitest 3 reads the forks pool's isolation there, not per project;
    // the other projects set it back to true.
    isolate: false,
    projects: [
      { test: { name: 'stages', include: STAGES, exclude: GLOBAL_WORDS, ...common, isolate: false } },
      { test: { name: 'jieba words', include: GLOBAL_WORDS, ...isolated } },
      { test: { name: 'graph, exports, corpus, CLI', include: ['test/**/*.test.ts'], exclude: STAGES, ...isolated } },
    ],
  },
});
