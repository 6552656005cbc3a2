import type { Theme } from '../data/eventSchema.ts';

/**
 * The theme icons, drawn on a 16×16 grid with a stroke; the same shapes as the app's ThemeIcon,
 * so an item's icon matches its filter toggle. Colour is never the only cue for a theme.
 */
export const THEME_ICON_PATHS: Readonly<Record<Theme, string>> = {
  trade: 'M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13',
  technology:
    'M4.5 4.5h7v7h-7zM6.5 2v2.5M9.5 2v2.5M6.5 11.5V14M9.5 11.5V14M2 6.5h2.5M2 9.5h2.5M11.5 6.5H14M11.5 9.5H14',
  diplomacy: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z',
};

export const THEME_NAMES: Readonly<Record<Theme, string>> = {
  trade: 'trade',
  technology: 'technology',
  diplomacy: 'diplomacy',
};
