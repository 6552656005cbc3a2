import { PRECISIONS, SLUG, STATUSES, THEMES } from './eventConstants.ts';
import { isPartialDate, matchesPrecision, type TimelineEvent } from './eventSchema.ts';

/*
 * zod checks 100,000 events in about two seconds and copies each of them, which is most of the
 * first load at that scale. Nearly every event in a file the pipeline wrote is already exactly
 * what `timelineEventSchema` would return: this hand-written check says so without copying.
 * It may only say yes where zod would accept the event and give back an equal object; anything
 * unusual (an unknown field, which zod would strip, a title with spaces around it, which zod
 * would trim, or any doubt at all) answers no, and the caller asks zod, so what is accepted,
 * what is skipped and why stay zod's.
 */

const EVENT_KEYS = new Set([
  'id',
  'title',
  'summary',
  'date',
  'status',
  'themes',
  'tags',
  'actors',
  'mentions',
  'notes',
  'kind',
  'review',
  'tone',
  'threadIds',
  'salience',
  'pinned',
]);
const DATE_KEYS = new Set(['start', 'end', 'precision', 'approximate']);
const MENTION_KEYS = new Set(['sourceId', 'start', 'end', 'quote', 'attributedTo']);
const THEME_SET: ReadonlySet<unknown> = new Set(THEMES);
const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const PRECISION_SET: ReadonlySet<unknown> = new Set(PRECISIONS);

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Fields, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isDate(value: unknown): boolean {
  if (!isFields(value) || !onlyKeys(value, DATE_KEYS)) return false;
  const { start, end, precision, approximate } = value;
  if (typeof approximate !== 'boolean' || !PRECISION_SET.has(precision)) return false;
  if (end !== undefined && (typeof end !== 'string' || !isPartialDate(end))) return false;
  if (precision === 'unknown') return start === null;
  if (typeof start !== 'string') return false;
  if (!matchesPrecision(start, precision as (typeof PRECISIONS)[number])) return false;
  return end === undefined || end >= start;
}

function isOffset(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isMention(value: unknown): boolean {
  return (
    isFields(value) &&
    onlyKeys(value, MENTION_KEYS) &&
    isNonEmptyString(value.sourceId) &&
    isOffset(value.start) &&
    isOffset(value.end) &&
    isNonEmptyString(value.quote) &&
    optional(value.attributedTo, isNonEmptyString)
  );
}

function isThemes(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const t of value) if (!THEME_SET.has(t)) return false;
  return true;
}

function isSlugArray(value: unknown): boolean {
  return isStringArray(value) && (value as string[]).every((v) => SLUG.test(v));
}

/**
 * True when `raw` (parsed JSON) is an event `timelineEventSchema` accepts unchanged; false means
 * "ask zod", not "invalid". For example an event with `"title": " Talks "` answers false: zod
 * accepts it, but as "Talks".
 */
export function isPlainValidEvent(raw: unknown): raw is TimelineEvent {
  if (!isFields(raw) || !onlyKeys(raw, EVENT_KEYS)) return false;
  const { id, title, summary, mentions, tone } = raw;
  if (typeof id !== 'string' || !SLUG.test(id)) return false;
  if (typeof title !== 'string' || title.length === 0 || title.trim() !== title) return false;
  if (typeof summary !== 'string' || !isDate(raw.date) || !STATUS_SET.has(raw.status)) return false;
  if (!isThemes(raw.themes) || !isStringArray(raw.tags) || !isStringArray(raw.actors)) return false;
  if (!Array.isArray(mentions) || !mentions.every(isMention)) return false;
  return (
    optional(raw.notes, isStringArray) &&
    optional(raw.kind, (v) => typeof v === 'string') &&
    optional(raw.review, isStringArray) &&
    optional(tone, (v) => typeof v === 'number' && v >= -10 && v <= 10) &&
    optional(raw.threadIds, isSlugArray) &&
    optional(raw.salience, (v) => typeof v === 'number' && Number.isFinite(v)) &&
    optional(raw.pinned, (v) => typeof v === 'boolean')
  );
}
