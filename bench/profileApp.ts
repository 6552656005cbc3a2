import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { makeRealisticEventsFile } from '../tests/fixtures/makeRealisticEventsFile.ts';
import { chromiumLaunchOptions } from '../tests/e2e/support/chromiumLaunchOptions.ts';
import { startStaticServer } from '../tests/e2e/support/staticServer.ts';
import { appActions } from './appActions.ts';
import { appSelectors, TOGGLED_THEME } from './appSelectors.ts';
import { VIEWPORT } from './benchApp.ts';
import { quiesce, timeAction, type Timing } from './browserTiming.ts';
import { addPageProbe, firstPaintTimes } from './pageProbe.ts';
import { summariseCpuProfile, type CpuProfile } from './summariseCpuProfile.ts';

/**
 * `npx tsx bench/profileApp.ts [events=5000] [dist]`: the bench's toggle off, toggle on and
 * search on a build (for readable names: `npx vite build --minify false --outDir <dist>`), each
 * under Chromium's CPU profiler, timed as the bench times them. Prints where the time went and
 * writes each profile to /tmp for DevTools. A diagnosis tool, not a measurement: the profiler
 * slows the page.
 */
const count = Number(process.argv[2] ?? 5_000);
const dist = resolve(process.argv[3] ?? resolve(import.meta.dirname, '..', 'dist'));
const LIMIT_MS = 60_000;

const app = await startStaticServer({ root: dist });
app.setOverride('data/events.json', JSON.stringify(makeRealisticEventsFile(count)));
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await addPageProbe(page, appSelectors.listRowCss);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.goto(app.url, { waitUntil: 'commit' });
  const first = await firstPaintTimes(page, LIMIT_MS);
  process.stdout.write(`first item ${first.firstItemMs.toFixed(0)} ms (not profiled)\n`);
  await quiesce(page);
  const toggle = appSelectors.themeToggle(page, TOGGLED_THEME.label);
  const { click, typeSearch } = appActions(page);
  const actions: Array<[string, () => Promise<void>]> = [
    ['toggleOff', click(() => toggle)],
    ['toggleOn', click(() => toggle)],
    ['search', typeSearch],
  ];
  for (const [name, act] of actions) {
    if (name === 'search') await appSelectors.search(page).focus();
    await cdp.send('Profiler.start');
    const timing: Timing = await timeAction(page, act, LIMIT_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const file = `/tmp/profile-${name}-${count}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    const summary = summariseCpuProfile(
      profile as CpuProfile,
      timing.kind === 'ms' ? timing.ms : null,
    );
    const rows = (list: Array<[string, number]>) =>
      list.map(([fn, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${fn}`).join('\n');
    process.stdout.write(
      `\n== ${name}: ${timing.kind === 'ms' ? `${timing.ms.toFixed(0)} ms` : timing.kind}, ` +
        `${summary.busyMs.toFixed(0)} ms sampled (${file})\n-- self\n${rows(summary.self)}\n` +
        `-- with callees\n${rows(summary.total)}\n`,
    );
    await quiesce(page);
  }
} finally {
  await browser.close();
  await app.close();
}
