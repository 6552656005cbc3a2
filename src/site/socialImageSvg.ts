import type { Theme } from '../data/eventSchema.ts';
import {
  SOCIAL_IMAGE_HEIGHT,
  SOCIAL_IMAGE_WIDTH,
  type SocialImageName,
} from './socialImagePath.ts';

interface Look {
  label: string;
  accent: string;
  /** Icon strokes on a 16×16 grid; the shape, not only the colour, tells themes apart. */
  icon: string;
}

// The app's dark-mode theme colours (--theme-* in its CSS), so a preview matches the page.
const LOOKS: Record<Theme, Look> = {
  trade: {
    label: 'Trade',
    accent: '#f2a93b',
    icon: 'M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13',
  },
  technology: {
    label: 'Technology',
    accent: '#34d0bd',
    icon: 'M4.5 4.5h7v7h-7zM6.5 2v2.5M9.5 2v2.5M6.5 11.5V14M9.5 11.5V14M2 6.5h2.5M2 9.5h2.5M11.5 6.5H14M11.5 9.5H14',
  },
  diplomacy: {
    label: 'Diplomacy',
    accent: '#b79cff',
    icon: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z',
  },
};

const THEME_ORDER: readonly Theme[] = ['trade', 'technology', 'diplomacy'];

/** Where the dots sit on the drawn timeline: fixed, so the images are reproducible. */
const DOTS = [0.04, 0.11, 0.16, 0.27, 0.33, 0.38, 0.5, 0.56, 0.63, 0.71, 0.78, 0.86, 0.92, 0.97];

/**
 * The 1200×630 preview image for a theme (or the default, which shows all three), as SVG.
 * Rendered to PNG once by renderSocialImages.ts; flat colours keep each PNG well under 100 KB.
 */
export function socialImageSvg(name: SocialImageName): string {
  const themes = name === 'default' ? THEME_ORDER : [name];
  const W = SOCIAL_IMAGE_WIDTH;
  const H = SOCIAL_IMAGE_HEIGHT;
  const axisY = 560;
  const dots = DOTS.map((at, i) => {
    const theme = themes[i % themes.length] ?? 'trade';
    const x = Math.round(80 + at * (W - 160));
    const lift = (i % 3) * 28 + 26;
    return [
      `<line x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY - lift}" stroke="#475569" stroke-width="3"/>`,
      `<circle cx="${x}" cy="${axisY - lift}" r="11" fill="${LOOKS[theme].accent}"/>`,
    ].join('');
  }).join('');
  let x = 80;
  const badges = themes
    .map((theme) => {
      const look = LOOKS[theme];
      // DejaVu Sans Bold at 38px averages about 24px a character.
      const width = 92 + look.label.length * 24 + 36;
      const badge = [
        `<g transform="translate(${x} 325)">`,
        `<rect width="${width}" height="80" rx="40" fill="${look.accent}" fill-opacity="0.16" stroke="${look.accent}" stroke-width="3"/>`,
        `<g transform="translate(24 12) scale(3.5)"><path d="${look.icon}" fill="none" stroke="${look.accent}" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"/></g>`,
        `<text x="92" y="54" font-size="38" font-weight="700" fill="#f8fafc">${look.label}</text>`,
        '</g>',
      ].join('');
      x += width + 24;
      return badge;
    })
    .join('');
  const watermark =
    name === 'default'
      ? ''
      : `<g transform="translate(880 60) scale(17)" opacity="0.22"><path d="${LOOKS[name].icon}" fill="none" stroke="${LOOKS[name].accent}" stroke-width="1.2" stroke-linecap="round" stroke-linejoin="round"/></g>`;
  const band = themes
    .map((theme, i) => {
      const w = W / themes.length;
      return `<rect x="${i * w}" y="0" width="${w}" height="14" fill="${LOOKS[theme].accent}"/>`;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Liberation Sans, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#161a21"/>`,
    watermark,
    band,
    `<text x="80" y="140" font-size="72" font-weight="700" fill="#f8fafc">US–China Relations</text>`,
    `<text x="80" y="225" font-size="72" font-weight="700" fill="#f8fafc">Timeline</text>`,
    `<text x="80" y="285" font-size="30" fill="#cbd5e1">Dated events from the news, with their sources</text>`,
    badges,
    `<line x1="80" y1="${axisY}" x2="${W - 80}" y2="${axisY}" stroke="#94a3b8" stroke-width="4" stroke-linecap="round"/>`,
    dots,
    '</svg>',
  ].join('\n');
}
