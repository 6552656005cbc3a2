import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { curationEndpointPlugin } from './src/dev/curationEndpointPlugin.ts';
import { seedsPlugin } from './src/pipeline/seedsPlugin.ts';
import { cspPlugin } from './src/site/cspPlugin.ts';
import { eventPagesPlugin } from './src/site/eventPagesPlugin.ts';

// BASE_PATH lets the same build live under a sub-path (e.g. a project page); it must end with "/".
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), seedsPlugin(), curationEndpointPlugin(), cspPlugin(), eventPagesPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // vis-timeline's chunk (~600 kB, ~190 kB gzip) loads after the page is usable; its size is
    // tracked by npm run bench, so Rollup's generic 500 kB warning only adds noise.
    chunkSizeWarningLimit: 700,
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
