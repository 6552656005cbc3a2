import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { DEFAULT_CACHE_DIR } from './parseCliArgs.ts';
import { coalesceReparses } from './coalesceReparses.ts';
import { runParse, type ParseRun } from './runParse.ts';
import { seedsFingerprint } from './seedsFingerprint.ts';

// Long enough to take an editor's truncate-then-write or a checkout of many files as one change.
const SETTLE_MS = 120;

const DATA_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Runs the pipeline when Vite starts (dev and build), so the app never shows stale data. In dev
 * it watches the seeds folder, re-runs on every change and reloads the page; an input error is
 * logged and the previous data stays. In a build, an input error fails the build.
 */
export function seedsPlugin(options: { seedsDir?: string; outFile?: string } = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  let isBuild = false;
  const paths = (): { seeds: string; out: string } => ({
    seeds: resolve(root, options.seedsDir ?? 'seeds'),
    out: resolve(root, options.outFile ?? 'public/data/events.json'),
  });
  // One run at a time: a burst of edits queues runs instead of racing them.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (): Promise<ParseRun> => {
    const { seeds, out } = paths();
    const next = queue.then(async () => {
      // Like `npm run parse`: cached per article, texts in their own files beside events.json.
      const result = await runParse(seeds, out, {
        cacheDir: resolve(root, DEFAULT_CACHE_DIR),
        jobs: availableParallelism(),
        texts: 'files',
      });
      for (const warning of result.warnings) console.warn(`[seeds] warning: ${warning}`);
      return result;
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
      base = config.base;
      isBuild = config.command === 'build';
    },
    async buildStart() {
      const result = await run();
      if (result.ok) return;
      const error = result.errors.join('\n');
      if (isBuild) this.error(`seeds could not be parsed:\n${error}`);
      else console.error(`[seeds] ${error}\n[seeds] keeping the previous events.json`);
    },
    configureServer(server) {
      const { seeds, out } = paths();
      // Vite lists the public folder once, before buildStart writes the data on a fresh clone, and
      // then answers the new file with index.html. Serving the data folder from disk ourselves
      // makes the first start, and every re-parse after it, independent of that listing.
      server.middlewares.use(serveDataFolder(`${base}data/`, dirname(out)));
      server.watcher.add(seeds);
      const reparse = coalesceReparses({
        settleMs: SETTLE_MS,
        fingerprint: () => seedsFingerprint(seeds),
        parse: run,
        onParsed: (result, changed, took) => {
          const { logger } = server.config;
          if (!result.ok) {
            const error = result.errors.join('\n');
            logger.error(`[seeds] ${error}\n[seeds] keeping the previous events.json`, {
              timestamp: true,
            });
            return;
          }
          // Says the edit was seen and how long the re-parse took, so an editor waiting for the
          // page knows it is coming.
          const names = changed.map((file) => relative(root, file)).join(', ');
          const message = `[seeds] ${names} changed: ${result.events} events in ${took} ms, reloading`;
          logger.info(message, { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        },
      });
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(seeds + sep)) return;
        // Dot-named files are temporaries of an atomic write (the curation endpoint's), not seeds.
        if (basename(file).startsWith('.')) return;
        reparse(file);
      });
    },
  };
}

/** Answers GET/HEAD under `prefix` with the files of `folder`, never outside it, never cached. */
function serveDataFolder(prefix: string, folder: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = (req.url ?? '').split(/[?#]/, 1)[0] ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.startsWith(prefix)) return next();
    let file: string;
    try {
      file = resolve(folder, decodeURIComponent(path.slice(prefix.length)));
    } catch {
      return next();
    }
    const type = DATA_TYPES[extname(file)];
    if (!file.startsWith(folder + sep) || type === undefined) return next();
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return next();
      size = stat.size;
    } catch {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`${path} has not been generated yet: check the [seeds] messages in the terminal.`);
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', String(size));
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
}
