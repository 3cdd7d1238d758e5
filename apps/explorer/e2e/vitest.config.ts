import { defineConfig } from 'vitest/config';

/** The browser test: node environment, one file, generous timeouts for seeding and the browser. */
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
