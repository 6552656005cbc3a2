import { availableParallelism } from 'node:os';
import type { ParseOptions } from './runParse.ts';

export const USAGE =
  'usage: npm run parse -- [--seeds <dir>] [--out <file>] [--cache <dir> | --no-cache] [--jobs <n>] [--texts inline|files]';
const APP_DATA = 'public/data/events.json';
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/us-china-timeline/articles';

export type CliOptions = { seeds: string; out: string } & Omit<ParseOptions, 'progress'>;

/**
 * Parses argv into options, or returns the usage problem. Texts default to their own files for
 * the app's data file and to inline for any other `--out`, which stays one self-contained file.
 */
export function parseCliArgs(argv: string[]): CliOptions | { error: string } {
  const options: CliOptions = {
    seeds: 'seeds',
    out: APP_DATA,
    cacheDir: DEFAULT_CACHE_DIR,
    jobs: availableParallelism(),
    texts: 'files',
  };
  let texts: ParseOptions['texts'] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-cache') {
      options.cacheDir = null;
      continue;
    }
    if (
      arg !== '--seeds' &&
      arg !== '--out' &&
      arg !== '--cache' &&
      arg !== '--jobs' &&
      arg !== '--texts'
    ) {
      return { error: `unknown argument ${arg ?? ''}` };
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` };
    i++;
    if (arg === '--seeds') options.seeds = value;
    else if (arg === '--out') options.out = value;
    else if (arg === '--cache') options.cacheDir = value;
    else if (arg === '--jobs') {
      const jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1) return { error: '--jobs needs a whole number ≥ 1' };
      options.jobs = jobs;
    } else {
      if (value !== 'inline' && value !== 'files') return { error: '--texts is inline or files' };
      texts = value;
    }
  }
  options.texts = texts ?? (options.out === APP_DATA ? 'files' : 'inline');
  return options;
}
