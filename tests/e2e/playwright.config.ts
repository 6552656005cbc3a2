import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromiumLaunchOptions.ts';

// Evaluated in the runner and again in each worker; only workers need the URL, and they start
// after the global setup has put it in the environment.
const baseURL = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  globalSetup: './support/globalSetup.ts',
  // Two cores on CI: more workers only make each browser slower.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    ...(baseURL === undefined ? {} : { baseURL }),
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
