import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, parseCliArgs } from '../../../src/pipeline/parseCliArgs.ts';

describe('npm run parse arguments', () => {
  it('defaults to the cache in node_modules/.cache, every core and split texts for the app', () => {
    expect(parseCliArgs([])).toEqual({
      seeds: 'seeds',
      out: 'public/data/events.json',
      cacheDir: DEFAULT_CACHE_DIR,
      jobs: availableParallelism(),
      texts: 'files',
    });
    expect(DEFAULT_CACHE_DIR.startsWith('node_modules/.cache/')).toBe(true);
  });

  it('writes one self-contained file for any other --out unless told otherwise', () => {
    expect(parseCliArgs(['--out', 'x.json'])).toMatchObject({ out: 'x.json', texts: 'inline' });
    expect(parseCliArgs(['--out', 'x.json', '--texts', 'files'])).toMatchObject({ texts: 'files' });
    expect(parseCliArgs(['--texts', 'inline'])).toMatchObject({ texts: 'inline' });
  });

  it('takes --cache, --no-cache and --jobs', () => {
    expect(parseCliArgs(['--cache', '/tmp/c', '--jobs', '3'])).toMatchObject({
      cacheDir: '/tmp/c',
      jobs: 3,
    });
    expect(parseCliArgs(['--no-cache'])).toMatchObject({ cacheDir: null });
  });

  it.each([
    [['--jobs', '0'], /--jobs/],
    [['--jobs', '1.5'], /--jobs/],
    [['--texts', 'html'], /--texts/],
    [['--cache'], /--cache needs a value/],
    [['--cache', '--no-cache'], /--cache needs a value/],
    [['--fast'], /unknown argument --fast/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
