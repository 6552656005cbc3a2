import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// The global setup has just run `npm run build` into dist/.
const DIST = resolve(import.meta.dirname, '../../dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

test('the production build carries no editing code, endpoint or token', () => {
  const files = filesUnder(DIST).filter((f) => /\.(?:js|html|css|json)$/.test(f));
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  for (const needle of ['__curation', 'curation-token', 'Correct this event', 'Needs review']) {
    const carrying = files.filter((f) => readFileSync(f, 'utf8').includes(needle));
    expect(carrying, `files containing "${needle}"`).toEqual([]);
  }
});
