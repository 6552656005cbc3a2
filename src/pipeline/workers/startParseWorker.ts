import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './workerMessages.ts';

/**
 * From the prebuilt bundle when there is one. Otherwise workers get TypeScript the way the CLI
 * does, through tsx: on Node 20 a worker does not inherit the parent's loader hooks for its entry
 * file, so a small bootstrap registers tsx first and then imports the worker's source. With no
 * `setup`, the worker waits for it as its first message.
 */
export function startParseWorker(setup: WorkerSetup | null, bundle: string | null): Worker {
  if (bundle !== null) {
    return new Worker(new URL(bundle), {
      workerData: setup,
      execArgv: withoutTsx(process.execArgv),
    });
  }
  const tsx = tsxEsmApi();
  const entry = new URL('./parseWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

let tsxApiUrl: string | null = null;

/** tsx's ESM API entry as its package.json exports it (require.resolve would give the CJS one). */
function tsxEsmApi(): string {
  if (tsxApiUrl !== null) return tsxApiUrl;
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports?.['./esm/api'];
  const file = typeof entry === 'object' ? entry.import?.default : undefined;
  if (file === undefined) throw new Error('tsx does not export ./esm/api: cannot start workers');
  tsxApiUrl = pathToFileURL(join(dirname(manifestPath), file)).href;
  return tsxApiUrl;
}

/**
 * The parent's flags without tsx's: a worker inherits them, and tsx's loader (a thread of its
 * own, set up in every worker) would cost most of what the plain bundle saves.
 * `--require …/tsx/dist/preflight.cjs --import file:///…/tsx/dist/loader.mjs` goes, `--cpu-prof` stays.
 */
function withoutTsx(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] ?? '';
    const value = flags[i + 1] ?? '';
    if ((flag === '--require' || flag === '--import') && /[\\/]tsx[\\/]/.test(value)) {
      i++;
      continue;
    }
    if (/^--(?:require|import)=.*[\\/]tsx[\\/]/.test(flag)) continue;
    kept.push(flag);
  }
  return kept;
}
