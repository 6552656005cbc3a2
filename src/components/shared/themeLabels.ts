import type { Theme } from '../../data/eventSchema.ts';

export const THEME_LABELS: Record<Theme, string> = {
  trade: 'Trade',
  technology: 'Technology',
  diplomacy: 'Diplomacy',
};
