import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createCurationHandler } from './createCurationHandler.ts';
import { CURATION_PATH, CURATION_TOKEN_META } from './curationProtocol.ts';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The dev server's editing endpoint (`npm run dev` only; `apply: 'serve'` keeps it out of
 * builds). A fresh token per server start goes into the page as a meta tag, because the CSP
 * forbids inline scripts; only a page served by this server can read it.
 */
export function curationEndpointPlugin(options: { seedsDir?: string } = {}): Plugin {
  const token = randomBytes(32).toString('hex');
  let curationFile = '';
  let enabled = true;
  return {
    name: 'us-china-curation-endpoint',
    apply: 'serve',
    configResolved(config) {
      curationFile = resolve(config.root, options.seedsDir ?? 'seeds', 'curation.json');
      const host = config.server.host;
      // Writing files on request is for the editor's own machine, never for the network.
      enabled = host === undefined || (typeof host === 'string' && LOOPBACK.has(host));
      if (!enabled) {
        config.logger.warn(`[curation] editing is off: the server listens beyond 127.0.0.1`);
      }
    },
    configureServer(server) {
      if (!enabled) return;
      const port = () => (server.httpServer?.address() as AddressInfo | null)?.port;
      const handle = createCurationHandler({ curationFile, token, port });
      server.middlewares.use(CURATION_PATH, (req, res) => void handle(req, res));
    },
    transformIndexHtml: () =>
      enabled
        ? [{ tag: 'meta', attrs: { name: CURATION_TOKEN_META, content: token }, injectTo: 'head' }]
        : [],
  };
}
