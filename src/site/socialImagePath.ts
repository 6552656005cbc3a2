import { THEMES, type Theme } from '../data/eventConstants.ts';

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/** Every image in public/social/, by name: one per theme plus the default. */
export const SOCIAL_IMAGE_NAMES = ['default', ...THEMES] as const;
export type SocialImageName = (typeof SOCIAL_IMAGE_NAMES)[number];

/** Path under the site root (no leading slash) of the preview image for an event's themes. */
export function socialImagePath(themes: readonly Theme[]): string {
  return `social/${themes[0] ?? 'default'}.png`;
}
