import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Sized for a slow, busy 2-core box: worker start-up (jieba's dictionary, ~1 s alone) and bundling
    // can take many times longer there than on an idle machine. No test relies on these to fire.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
