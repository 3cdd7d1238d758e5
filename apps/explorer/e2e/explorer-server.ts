import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

/** The explorer's package folder (where `dist/` and `vite.config.ts` are). */
export const explorerRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Serves the built explorer (`dist/`, with the single-page fallback) on a free port and
 * forwards `/graphql` to `apiUrl`, as the API will when it serves the explorer itself.
 */
export async function startExplorer(
  apiUrl: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const target = new URL(apiUrl).origin;
  const server: PreviewServer = await preview({
    root: explorerRoot,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy: { '/graphql': target } },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
