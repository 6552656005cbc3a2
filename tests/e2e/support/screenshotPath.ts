import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where e2e screenshots go (git-ignored): `tests/e2e/screenshots/<name>.png`. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safe = name.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '');
  return resolve(SCREENSHOT_DIR, safe.endsWith('.png') ? safe : `${safe}.png`);
}
