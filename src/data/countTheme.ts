import type { Theme } from './eventConstants.ts';

/**
 * Adds one to the theme's count, through a named store per theme: the theme buttons, the
 * clusters and the density bars count every event of a filter result this way, and at 100,000
 * events the keyed store `counts[theme] += 1` was a visible share of a theme toggle. An event
 * without a theme counts as trade, the first theme, as the density bars always did.
 */
export function countTheme(counts: Record<Theme, number>, theme: Theme | undefined): void {
  if (theme === 'technology') counts.technology += 1;
  else if (theme === 'diplomacy') counts.diplomacy += 1;
  else counts.trade += 1;
}
