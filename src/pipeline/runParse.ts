import { existsSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildEventsFileCached, type CacheStats } from './cache/buildEventsFileCached.ts';
import { coldRunLikely, noteFinishedRun } from './cache/coldRunHint.ts';
import { parseProgress, type ProgressStream } from './progress/parseProgress.ts';
import { readSeedsFolder, writeFileAtomically, type PipelineRun } from './runPipelineOnDir.ts';
import { serializeEventsFile } from './serializeEventsFile.ts';
import { serializeWithSourceChunks } from './serializeWithSourceChunks.ts';
import { writePartsAtomically } from './writePartsAtomically.ts';
import { splitSourceTexts } from './splitSourceTexts.ts';
import { startParseWorkers, type ParseWorkerPool } from './workers/parseWorkerPool.ts';

export interface ParseOptions {
  /** The per-article cache folder, or null for none. */
  cacheDir: string | null;
  /** Worker threads for the articles the cache does not have. */
  jobs: number;
  /** `files`: each source's text in `sources/<hash>.json` beside the output; `inline`: in it. */
  texts: 'inline' | 'files';
  /** Where progress goes when it is a terminal (stderr in the CLI). */
  progress?: ProgressStream;
}

export type ParseRun = PipelineRun & {
  cache?: CacheStats;
  /** Articles whose merge this run carried over from the merge the cache held (mergedCorpus). */
  carried?: number;
};

/**
 * runPipelineOnDir with the per-article cache, worker threads, progress and per-source text
 * files. Same guarantees: on any input problem nothing is written, and every file is written
 * through a temp file and a rename, so two runs at once leave whole files from one or the other.
 */
export async function runParse(
  seedsDir: string,
  outFile: string,
  options: ParseOptions,
): Promise<ParseRun> {
  const startedAt = Date.now();
  // Loading while the folder is read, when the run will likely need them.
  const early = options.jobs > 1 && coldRunLikely(options.cacheDir);
  const pool = early ? startParseWorkers(options.jobs - 1) : undefined;
  try {
    return await parseFolder(seedsDir, outFile, options, startedAt, pool);
  } finally {
    // Already closed unless the run failed before its workers were put to use.
    await pool?.close();
  }
}

async function parseFolder(
  seedsDir: string,
  outFile: string,
  options: ParseOptions,
  startedAt: number,
  pool: ParseWorkerPool | undefined,
): Promise<ParseRun> {
  const folder = readSeedsFolder(seedsDir);
  if (!folder.ok) return folder;
  const { seeds, config, warnings } = folder;
  const progress = parseProgress(options.progress ?? { write: () => true }, seeds.length);
  let stored = Promise.resolve();
  try {
    const built = await buildEventsFileCached(seeds, config, {
      cacheDir: options.cacheDir,
      jobs: options.jobs,
      ...(pool !== undefined ? { pool } : {}),
      onProgress: (done, events) => progress.update(done, events),
      onStep: (text) => progress.step(text),
    });
    stored = built.stored;
    noteFinishedRun(options.cacheDir);
    warnings.push(...built.warnings);
    const counts = { events: built.file.events.length, sources: built.file.sources.length };
    if (options.texts === 'inline') {
      const parts =
        built.sourceChunks === null
          ? [serializeEventsFile(built.file)]
          : serializeWithSourceChunks(built.file, built.sourceChunks);
      const written = writePartsAtomically(outFile, parts);
      built.storeMerge();
      return { ok: true, warnings, ...counts, written, cache: built.cache, carried: built.carried };
    }
    const split = splitSourceTexts(built.file);
    const textsDir = dirname(outFile);
    // Texts first, so events.json never names a file that is not there yet.
    for (const [name, content] of split.texts) {
      const path = join(textsDir, name);
      // Named by its content: if it exists it is this text. Touched so pruning spares it.
      if (existsSync(path)) utimesSync(path, new Date(), new Date());
      else writeFileAtomically(path, content);
    }
    const written = writeFileAtomically(outFile, serializeEventsFile(split.file));
    pruneTexts(join(textsDir, 'sources'), new Set(split.texts.keys()), startedAt);
    built.storeMerge();
    return { ok: true, warnings, ...counts, written, cache: built.cache, carried: built.carried };
  } catch (error) {
    return { ok: false, errors: [`pipeline failed: ${String(error)}`], warnings };
  } finally {
    // The workers store this run's cache entries while the file is made and written.
    await stored;
    progress.finish();
  }
}

/**
 * Removes text files no source names any more. A file touched since this run started is kept:
 * a second run at the same time may have just written or kept it for its own events.json.
 */
function pruneTexts(dir: string, keep: Set<string>, startedAt: number): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // A temp file is some run's write in progress, unless that run was killed long ago.
    const stale = name.endsWith('.tmp') ? startedAt - 600_000 : startedAt - 1_000;
    if (keep.has(`sources/${name}`) || (!name.endsWith('.json') && !name.endsWith('.tmp')))
      continue;
    const touched = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (touched < stale) rmSync(path, { force: true });
  }
}
