import { describe, expect, it } from 'vitest';
import { articleCacheKey } from '../../../../src/pipeline/cache/articleCacheKey.ts';
import type { SeedInput } from '../../../../src/pipeline/pipelineTypes.ts';

const CONTEXT = 'c'.repeat(64);
const CODE = 'v'.repeat(64);
const key = (seed: SeedInput): string => articleCacheKey(seed, CONTEXT, CODE);

const TEXT = 'Beijing summoned the ambassador on Tuesday.\n';
const seed: SeedInput = { file: '001_summons.txt', text: TEXT };

describe('the cache key of an article', () => {
  it('is the same for the same article, so a re-run reads it back', () => {
    expect(key({ ...seed })).toBe(key(seed));
    expect(key(seed)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with its text, its file name, its sidecar, the registry and the code', () => {
    const keys = [
      key(seed),
      key({ ...seed, text: TEXT.replace('Tuesday', 'Monday') }),
      key({ ...seed, file: '002_summons.txt' }),
      key({ ...seed, meta: { outlet: 'Wire' } }),
      key({ ...seed, meta: { outlet: 'Wire', published: '2024-05-07' } }),
      articleCacheKey(seed, 'd'.repeat(64), CODE),
      articleCacheKey(seed, CONTEXT, 'w'.repeat(64)),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not let one part run into the next', () => {
    // The same characters split differently between the file name and the text.
    expect(key({ file: 'a.txt', text: 'b' })).not.toBe(key({ file: 'a.tx', text: 'tb' }));
    expect(key({ file: 'a.txt', text: '\0none\0b' })).not.toBe(key({ file: 'a.txt', text: 'b' }));
  });

  it('tells apart texts that differ only in a lone surrogate, which UTF-8 would merge', () => {
    expect(key({ ...seed, text: `${TEXT}\uD800` })).not.toBe(
      key({ ...seed, text: `${TEXT}\uDBFF` }),
    );
    expect(key({ ...seed, text: `${TEXT}\uD800` })).not.toBe(
      key({ ...seed, text: `${TEXT}\uFFFD` }),
    );
  });
});
