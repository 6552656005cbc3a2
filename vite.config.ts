import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { curationEndpointPlugin } from './src/dev/curationEndpointPlugin';
import { seedsPlugin } from './src/pipeline/seedsPlugin';
import { cspPlugin } from './src/site/cspPlugin';
import { eventPagesPlugin } from './src/site/eventPagesPlugin';

// BASE_PATH lets the same build live under a sub-path (e.g. a project page); it must end with "/".
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), seedsPlugin(), curationEndpointPlugin(), cspPlugin(), eventPagesPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false, manifest: true },
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
