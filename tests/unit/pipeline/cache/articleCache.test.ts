import { mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleCache } from '../../../../src/pipeline/cache/articleCache.ts';

const KEY = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

function entryPath(cache: ArticleCache, key: string): string {
  return join(cache.dir, key.slice(0, 2), `${key}.bin`);
}

describe('the article cache', () => {
  const payload = new Uint8Array(Buffer.from('the per-article results of one article'));

  it('gives back exactly what was stored, and nothing for an unknown key', () => {
    const cache = new ArticleCache(mkdtempSync(join(tmpdir(), 'cache-')));
    cache.write(KEY, payload);
    expect(Buffer.from(cache.read(KEY) ?? [])).toEqual(Buffer.from(payload));
    expect(cache.read(OTHER)).toBeUndefined();
    expect(cache.damaged).toBe(0);
    // No temp file is left behind next to the entry.
    expect(readdirSync(join(cache.dir, KEY.slice(0, 2)))).toEqual([`${KEY}.bin`]);
  });

  it.each([
    ['cut short by a killed run', (bytes: Buffer) => bytes.subarray(0, bytes.length - 5)],
    ['cut inside its header', (bytes: Buffer) => bytes.subarray(0, 20)],
    ['empty', () => Buffer.alloc(0)],
    [
      'with one byte of the payload changed',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0xff;
        return copy;
      },
    ],
  ])('does not trust an entry %s, counts it and lets it be rebuilt', (_, damage) => {
    const cache = new ArticleCache(mkdtempSync(join(tmpdir(), 'cache-')));
    cache.write(KEY, payload);
    const path = entryPath(cache, KEY);
    writeFileSync(path, damage(readFileSync(path)));
    expect(cache.read(KEY)).toBeUndefined();
    expect(cache.damaged).toBe(1);
    cache.write(KEY, payload);
    expect(Buffer.from(cache.read(KEY) ?? [])).toEqual(Buffer.from(payload));
  });

  it('does not trust a whole entry filed under another key', () => {
    const cache = new ArticleCache(mkdtempSync(join(tmpdir(), 'cache-')));
    cache.write(KEY, payload);
    cache.write(OTHER, new Uint8Array([1, 2, 3]));
    renameSync(entryPath(cache, KEY), entryPath(cache, OTHER));
    expect(cache.read(OTHER)).toBeUndefined();
  });

  it('counts an entry it cannot store instead of failing the run', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'cache-')), 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder should be');
    const cache = new ArticleCache(join(blocker, 'cache'));
    expect(() => cache.write(KEY, payload)).not.toThrow();
    expect(cache.unwritable).toBe(1);
    expect(cache.read(KEY)).toBeUndefined();
  });
});
