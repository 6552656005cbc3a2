import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pipelineCodeVersion } from '../cache/pipelineCodeVersion.ts';
import { replaceFileAtomically } from '../replaceFileAtomically.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DIR = join(ROOT, 'node_modules', '.cache', 'us-china-timeline', 'workers');
const ENTRY = join(import.meta.dirname, 'parseWorker.ts');
/** A bundle of an older code version nobody has used for this long is removed. */
const STALE_MS = 86_400_000;

/** The part of esbuild's API used here. */
interface Esbuild {
  build(options: {
    entryPoints: string[];
    bundle: true;
    platform: 'node';
    format: 'esm';
    target: string;
    write: false;
    logLevel: 'silent';
  }): Promise<{ outputFiles: { text: string }[] }>;
}

let bundle: Promise<string | null> | null = null;
/** The bundle's URL once this process found it whole, so a second run checks it no more. */
let built: string | null = null;

/**
 * The parse worker as one plain JavaScript file, built at first use into node_modules/.cache by
 * the esbuild tsx itself runs on. A worker that loads it starts in about 0.15 s of CPU; through
 * tsx's loader each worker spent about 1.3 s compiling and loading the stages, which on two cores
 * was a tenth of a cold run of 5,000 articles. Named by the pipeline's code version, which covers
 * every file the bundle is made of (src/pipeline, src/data, the lockfile), so an edit builds a
 * new one. The first line holds the SHA-256 of the rest: a file damaged some other way than by
 * our atomic writes is rebuilt, never run. Resolves to the file's URL, or null when it cannot be
 * built (no esbuild, a read-only folder): the workers then start through tsx as before.
 */
export function parseWorkerBundle(): Promise<string | null> {
  bundle ??= parseWorkerBundleIn(DIR)
    .then((url) => (built = url))
    .catch(() => null);
  return bundle;
}

/**
 * parseWorkerBundle's URL now, without waiting, when the bundle is already built (by this
 * process or an earlier one); null when it still has to be. A worker started from it at once
 * loads while this thread reads the seeds folder: waiting for parseWorkerBundle's promise put
 * its start after all of this thread's work up to its first await, half a second at 5,000
 * articles, on the core the worker would have had to itself.
 */
export function parseWorkerBundleNow(): string | null {
  if (built !== null) return built;
  const path = bundlePath(DIR);
  if (!intact(path)) return null;
  built = usable(path);
  bundle ??= Promise.resolve(built);
  return built;
}

/** parseWorkerBundle in `dir`, checked or built on every call; rejects when it cannot build. */
export async function parseWorkerBundleIn(dir: string): Promise<string> {
  const path = bundlePath(dir);
  if (intact(path)) return usable(path);
  const esbuild = loadEsbuild();
  const built = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    write: false,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild gave no output');
  mkdirSync(dir, { recursive: true });
  replaceFileAtomically(path, `${header(code)}${code}`);
  pruneStale(dir, path);
  return pathToFileURL(path).href;
}

function bundlePath(dir: string): string {
  return join(dir, `parseWorker-${pipelineCodeVersion().slice(0, 16)}.mjs`);
}

/** The intact bundle's URL, touched so a run of another code version does not prune it in use. */
function usable(path: string): string {
  try {
    utimesSync(path, new Date(), new Date());
  } catch {
    // A read-only cache still serves.
  }
  return pathToFileURL(path).href;
}

function header(code: string): string {
  return `// sha256 ${createHash('sha256').update(code).digest('hex')}\n`;
}

function intact(path: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  const newline = text.indexOf('\n');
  return newline > 0 && text.slice(0, newline + 1) === header(text.slice(newline + 1));
}

/** esbuild as tsx depends on it, so no second copy or version is needed. */
function loadEsbuild(): Esbuild {
  const fromHere = createRequire(import.meta.url);
  const tsx = fromHere.resolve('tsx/package.json');
  return createRequire(tsx)('esbuild') as Esbuild;
}

function pruneStale(dir: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep) continue;
    const touched = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now;
    if (now - touched > STALE_MS) rmSync(path, { force: true });
  }
}
