import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright's own browser downloads do not work on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a root, offline CI box: no sandbox (root), nothing phoning home, no GPU process
 * competing for the two cores.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
];

/** Launch options for Playwright; throws with the install command when Chromium is missing. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH). Playwright browser downloads are not used here.',
    );
  }
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] };
}
