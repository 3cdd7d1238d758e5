import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The API the dev server and `vite preview` forward `/graphql` to. */
const apiTarget = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': apiTarget } },
  preview: { proxy: { '/graphql': apiTarget } },
  build: { outDir: 'dist', sourcemap: false, manifest: true, chunkSizeWarningLimit: 300 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
