import { basename, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { runPipelineOnDir } from './runPipelineOnDir';

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
  const run = (): string | null => {
    const { seeds, out } = paths();
    const result = runPipelineOnDir(seeds, out);
    for (const warning of result.warnings) console.warn(`[seeds] warning: ${warning}`);
    return result.ok ? null : result.errors.join('\n');
  };
  return {
    name: 'us-china-seeds',
    // Test runs load this config too; they must not rewrite the app's data as a side effect.
    apply: () => process.env.VITEST === undefined,
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      const error = run();
      if (error === null) return;
      if (isBuild) this.error(`seeds could not be parsed:\n${error}`);
      else console.error(`[seeds] ${error}\n[seeds] keeping the previous events.json`);
    },
    configureServer(server) {
      const { seeds } = paths();
      server.watcher.add(seeds);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(seeds + sep)) return;
        // Editors' temp files (".curation.json.1a2b.tmp") come and go; only the renamed file counts.
        if (basename(file).startsWith('.')) return;
        const error = run();
        if (error !== null) {
          server.config.logger.error(`[seeds] ${error}\n[seeds] keeping the previous events.json`);
          return;
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
