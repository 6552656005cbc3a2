/**
 * Renders public/social/*.png from socialImageSvg with headless Chromium. Run by hand after
 * changing the design (the PNGs are committed; the build does not need a browser):
 *
 *   npx tsx src/site/renderSocialImages.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_NAMES, SOCIAL_IMAGE_WIDTH } from './socialImagePath.ts';
import { socialImageSvg } from './socialImageSvg.ts';

export async function renderSocialImages(outDir: string): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT },
    });
    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    for (const name of SOCIAL_IMAGE_NAMES) {
      await page.setContent(
        `<!doctype html><html><body style="margin:0">${socialImageSvg(name)}</body></html>`,
      );
      const file = path.join(outDir, `${name}.png`);
      await writeFile(file, await page.screenshot({ type: 'png', omitBackground: false }));
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await renderSocialImages(path.resolve('public/social'));
  console.log(files.join('\n'));
}
