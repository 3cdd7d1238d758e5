import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Seeds one embedded database per run; every test file works on a copy of it.
    globalSetup: ['./src/testing/global-setup.ts'],
    // Commands open a real database per run, and some tests start the API.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
