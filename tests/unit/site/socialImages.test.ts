import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/data/eventSchema.ts';
import { SOCIAL_IMAGE_NAMES, socialImagePath } from '../../../src/site/socialImagePath.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('social images in public/', () => {
  it.each(SOCIAL_IMAGE_NAMES)('%s.png is a 1200×630 PNG under 100 KB', async (name) => {
    const bytes = await readFile(path.resolve('public/social', `${name}.png`));
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR is always the first chunk: width and height are its first two big-endian words.
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(bytes.length).toBeLessThan(100 * 1024);
  });

  it('gives each theme its own image and falls back to the default', () => {
    const paths = THEMES.map((t) => socialImagePath([t]));
    expect(new Set(paths).size).toBe(THEMES.length);
    expect(socialImagePath(['diplomacy', 'trade'])).toBe('social/diplomacy.png');
    expect(socialImagePath([])).toBe('social/default.png');
  });
});
