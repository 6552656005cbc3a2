import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** Builds `bench/bare/` (production mode, no project config) into a fresh temp folder. */
export async function buildBarePage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}
