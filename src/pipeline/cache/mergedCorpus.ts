import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Source } from '../../data/eventSchema.ts';
import type { MergeState } from '../mergeDetections.ts';
import { replaceThroughTemp } from '../replaceFileAtomically.ts';
import { chunkFits } from './sourceChunk.ts';

const MAGIC = 'us-china-timeline merged corpus 1\n';
/** The magic line, then the SHA-256 of the rest, then the line saying whose merge it is. */
const CHECKSUM_END = MAGIC.length + 64 + 1;
/** Beside the per-article entries, which sit in folders of two hex digits. */
export const MERGED_CORPUS_FILE = 'merged-corpus.v8';

/**
 * The cross-article merge after the articles of `keys` (their cache keys, in file order), with
 * what the file needs of each of them besides its detections: its source (text left out, as in
 * an article entry), warnings and source chunk. A run whose articles start with exactly these
 * carries the merge on from here with the rest (after adding articles that sort last, one),
 * where merging 5,000 articles again and reading back all their entries was most of a re-parse.
 */
export interface MergedCorpus {
  keys: string[];
  state: MergeState;
  sources: Source[];
  warnings: string[][];
  /** Each article's detections before the merge, for the progress line. */
  detections: number[];
  chunks: Uint8Array[];
}

/**
 * The merge as stored, before its checksum: the line saying whose merge it is, then the merge.
 * The checksum is left to writeMergedCorpus, so a worker can take it and the write off the
 * thread that made the bytes (at 5,000 articles hashing and writing 60 MB held up a cold run's
 * last, single-threaded stages by a fifth of a second and more).
 */
export interface MergedCorpusBytes {
  line: Uint8Array;
  payload: Uint8Array;
}

/**
 * V8's serialisation, in one call for the whole merge: the drafts share their detections, dates
 * and sets with the buckets and with each other, and the merge compares some of them by identity
 * (a draft's date is one of its detections' dates), which this keeps.
 */
export function mergedCorpusBytes(corpus: MergedCorpus): MergedCorpusBytes {
  return { line: Buffer.from(keysLine(corpus.keys), 'latin1'), payload: serialize(corpus) };
}

/**
 * How many articles the merge is of and a hash of their keys, on a line of its own before the
 * merge: a run whose articles do not start with these (one edited in the middle) knows it from
 * this line, without reading back the rest.
 */
function keysLine(keys: readonly string[]): string {
  return `${keys.length} ${keysDigest(keys)}\n`;
}

function keysDigest(keys: readonly string[]): string {
  const hash = createHash('sha256');
  for (const key of keys) hash.update(key).update('\n');
  return hash.digest('hex');
}

/**
 * The stored merge when it is of the first articles of `keys` (all of them, or all but some
 * after them), or undefined: when there is none, it is of other articles, or it is not to be
 * trusted: cut short or garbled (the checksum) or not of the shape it must have. A damaged file
 * is removed, so the next run writes a whole one, and `damaged` is told.
 */
export function readMergedCorpus(
  cacheDir: string,
  keys: readonly string[],
  damaged: () => void = () => undefined,
): MergedCorpus | undefined {
  const path = join(cacheDir, MERGED_CORPUS_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const rest = bytes.subarray(CHECKSUM_END);
  const lineEnd = rest.indexOf(0x0a);
  const line = rest.subarray(0, Math.max(0, lineEnd + 1)).toString('latin1');
  const count = Number(line.slice(0, line.indexOf(' ')));
  let corpus: MergedCorpus | undefined;
  if (lineEnd > 0 && Number.isInteger(count) && count >= 0) {
    // Another run's articles: no need to read the rest.
    if (count > keys.length || line !== keysLine(keys.slice(0, count))) return undefined;
    if (bytes.subarray(0, CHECKSUM_END).toString('latin1') === `${MAGIC}${checksum(rest)}\n`) {
      try {
        corpus = wellFormed(deserialize(rest.subarray(lineEnd + 1)), keys);
      } catch {
        corpus = undefined;
      }
    }
  }
  if (corpus === undefined) {
    damaged();
    rmSync(path, { force: true });
  }
  return corpus;
}

/** Stores the merge; a cache that cannot be written only costs the next run its head start. */
export function writeMergedCorpus(cacheDir: string, bytes: MergedCorpusBytes): boolean {
  const { line, payload } = bytes;
  const sum = createHash('sha256').update(line).update(payload).digest('hex');
  // In parts, written one after the other: joined, the 60 MB of a 5,000-article merge would be
  // copied twice more on the way to the file.
  const parts = [Buffer.from(`${MAGIC}${sum}\n`, 'latin1'), line, payload];
  try {
    mkdirSync(cacheDir, { recursive: true });
    replaceThroughTemp(join(cacheDir, MERGED_CORPUS_FILE), (temp) => {
      const fd = openSync(temp, 'wx');
      try {
        for (const part of parts) {
          for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
        }
      } finally {
        closeSync(fd);
      }
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * A checksum-valid file holds what this code wrote; checked anyway, cheaply, so a file left by
 * some other writer under this name is not taken for a merge.
 */
function wellFormed(value: unknown, keys: readonly string[]): MergedCorpus | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const corpus = value as Partial<MergedCorpus>;
  const { state, sources, warnings, detections, chunks } = corpus;
  const { keys: of } = corpus;
  if (!Array.isArray(of) || !of.every((k, i) => k === keys[i])) return undefined;
  const n = of.length;
  if (
    typeof state !== 'object' ||
    state === null ||
    ![state.drafts, state.byKnown, state.byMonth, state.byYear].every(Array.isArray) ||
    sources?.length !== n ||
    warnings?.length !== n ||
    detections?.length !== n ||
    chunks?.length !== n
  ) {
    return undefined;
  }
  for (let i = 0; i < n; i++) {
    const source = sources[i];
    const chunk = chunks[i];
    if (source === undefined || !(chunk instanceof Uint8Array) || !chunkFits(chunk, source)) {
      return undefined;
    }
  }
  return corpus as MergedCorpus;
}

function checksum(payload: Uint8Array): string {
  return createHash('sha256').update(payload).digest('hex');
}
