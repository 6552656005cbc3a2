// Plain constants with no zod import, so the app's first chunk can name themes and statuses
// while the validator (zod and the schema) loads on demand with the data.

/** The three themes, in the order the UI lists them. */
export const THEMES = ['trade', 'technology', 'diplomacy'] as const;
export type Theme = (typeof THEMES)[number];

export const STATUSES = ['occurred', 'planned', 'ongoing'] as const;
export type EventStatus = (typeof STATUSES)[number];

export const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];
/** How much a precision says: a day more than a month, a month more than a year. */
export const PRECISION_RANK: Readonly<Record<Precision, number>> = {
  day: 3,
  month: 2,
  year: 1,
  unknown: 0,
};

export const SCHEMA_VERSION = 1;

/** Event ids: readable kebab-case slugs, the deep-link key. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where a source's text is served when it is not inline: relative to events.json, named by a
 * hash of the text. Nothing else is accepted, so a data file cannot make the app fetch elsewhere.
 */
export const SOURCE_TEXT_FILE = /^sources\/[0-9a-f]{16,64}\.json$/;
