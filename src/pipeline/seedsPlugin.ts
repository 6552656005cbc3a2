import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_CACHE_DIR } from './parseCliArgs';
import { runParse } from './runParse';

/**
 * Runs the pipeline when Vite starts (dev and build), so the app never shows stale data. In dev
 * it watches the seeds folder, re-runs on every change and reloads the page; an input error is
 * logged and the previous data stays. In a build, an input error fails the build.
 */
export function seedsPlugin(options: { seedsDir?: string; outFile?: string } = {}): Plugin {
  let root = process.cwd();
  let isBuild = false;
  const paths = (): { seeds: string; out: string } => ({
    seeds: resolve(root, options.seedsDir ?? 'seeds'),
    out: resolve(root, options.outFile ?? 'public/data/events.json'),
  });
  // One run at a time: a burst of edits queues runs instead of racing them.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (): Promise<string | null> => {
    const { seeds, out } = paths();
    const next = queue.then(async () => {
      // Like `npm run parse`: cached per article, texts in their own files beside events.json.
      const result = await runParse(seeds, out, {
        cacheDir: resolve(root, DEFAULT_CACHE_DIR),
        jobs: availableParallelism(),
        texts: 'files',
      });
      for (const warning of result.warnings) console.warn(`[seeds] warning: ${warning}`);
      return result.ok ? null : result.errors.join('\n');
    });
    queue = next;
    return next;
  };
  return {
    name: 'us-china-seeds',
    // Test runs load this config too; they must not rewrite the app's data as a side effect.
    apply: () => process.env.VITEST === undefined,
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    async buildStart() {
      const error = await run();
      if (error === null) return;
      if (isBuild) this.error(`seeds could not be parsed:\n${error}`);
      else console.error(`[seeds] ${error}\n[seeds] keeping the previous events.json`);
    },
    configureServer(server) {
      const { seeds } = paths();
      server.watcher.add(seeds);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(seeds + sep)) return;
        void run().then((error) => {
          if (error !== null) {
            server.config.logger.error(
              `[seeds] ${error}\n[seeds] keeping the previous events.json`,
            );
            return;
          }
          server.ws.send({ type: 'full-reload' });
        });
      });
    },
  };
}
