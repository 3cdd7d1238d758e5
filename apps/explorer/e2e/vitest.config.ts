import { defineConfig } from 'vitest/config';

/**
 * The browser tests: node environment, generous timeouts for seeding and the browser, and one
 * file at a time (each starts an API, a database and a browser of its own).
 */
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
