import {
  eventDateSchema,
  eventsFileIssues,
  eventsFileSchema,
  mentionSchema,
  SCHEMA_VERSION,
  SLUG,
  SOURCE_TEXT_FILE,
  sourceSchema,
  threadSchema,
  timelineEventSchema,
  isRealDay,
  type EventsFile,
  type Source,
  type Thread,
  type TimelineEvent,
} from '../data/eventSchema.ts';
import { isPlainValidEvent } from '../data/isPlainValidEvent.ts';

/*
 * zod copies every event, source and thread it checks, which was a fifth of the cross-article
 * stages: the one part of `npm run parse` that no worker thread can share. A file whose every
 * part the hand-written checks pass, with its fields in the schema's order (zod's copy would
 * list them in that order: a different order would change the file's bytes), is what zod would
 * return, so it is taken as it is, after the schema's own file-level rules (unique ids, quotes
 * that match their source, threads that hold their events: `eventsFileIssues`). Anything else
 * goes to zod, whose answer it then is.
 */

const FILE_ORDER = Object.keys(eventsFileSchema.shape);
const EVENT_ORDER = Object.keys(timelineEventSchema.shape);
const DATE_ORDER = Object.keys(eventDateSchema.shape);
const MENTION_ORDER = Object.keys(mentionSchema.shape);
const SOURCE_ORDER = Object.keys(sourceSchema.shape);
const THREAD_ORDER = Object.keys(threadSchema.shape);
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Only keys of `order`, in that order, and none of them set to undefined. */
function inOrder(value: object, order: readonly string[]): boolean {
  let at = 0;
  for (const key in value) {
    while (at < order.length && order[at] !== key) at++;
    if (at === order.length) return false;
    if ((value as Record<string, unknown>)[key] === undefined) return false;
    at++;
  }
  return true;
}

function isEventAsZodGivesIt(value: unknown): value is TimelineEvent {
  return (
    isPlainValidEvent(value) &&
    inOrder(value, EVENT_ORDER) &&
    inOrder(value.date, DATE_ORDER) &&
    value.mentions.every((m) => inOrder(m, MENTION_ORDER))
  );
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** A source `sourceSchema` accepts and gives back unchanged. */
function isSourceAsZodGivesIt(value: unknown): value is Source {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!inOrder(value, SOURCE_ORDER)) return false;
  const s = value as Record<string, unknown>;
  const { published, text, textFile } = s;
  return (
    isNonEmptyString(s.id) &&
    isNonEmptyString(s.file) &&
    typeof s.title === 'string' &&
    (published === null ||
      (typeof published === 'string' && DAY.test(published) && isRealDay(published))) &&
    isOptionalString(text) &&
    (textFile === undefined || (typeof textFile === 'string' && SOURCE_TEXT_FILE.test(textFile))) &&
    isOptionalString(s.outlet) &&
    isOptionalString(s.url) &&
    (text !== undefined || textFile !== undefined)
  );
}

/** A thread `threadSchema` accepts and gives back unchanged (a title zod would trim is not). */
function isThreadAsZodGivesIt(value: unknown): value is Thread {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!inOrder(value, THREAD_ORDER)) return false;
  const t = value as Record<string, unknown>;
  const { id, title, eventIds } = t;
  return (
    typeof id === 'string' &&
    SLUG.test(id) &&
    isNonEmptyString(title) &&
    title.trim() === title &&
    Array.isArray(eventIds) &&
    eventIds.length > 0 &&
    eventIds.every((e) => typeof e === 'string')
  );
}

/** The file's own fields, its sources and its threads are as zod gives them back. */
function isFrameAsZodGivesIt(file: EventsFile): boolean {
  const { sources, events, threads, curationWarnings } = file as Partial<EventsFile>;
  return (
    inOrder(file, FILE_ORDER) &&
    file.schemaVersion === SCHEMA_VERSION &&
    Array.isArray(sources) &&
    sources.every(isSourceAsZodGivesIt) &&
    Array.isArray(events) &&
    (threads === undefined || (Array.isArray(threads) && threads.every(isThreadAsZodGivesIt))) &&
    (curationWarnings === undefined ||
      (Array.isArray(curationWarnings) && curationWarnings.every((w) => typeof w === 'string')))
  );
}

/**
 * The events as zod gives them back: each the hand-written check passes as it is, any other
 * zod's own copy of it (an editor's pin added after the tone, which zod lists first). Null
 * when zod rejects one.
 */
function eventsAsZodGivesThem(events: TimelineEvent[]): TimelineEvent[] | null {
  let checked = events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (isEventAsZodGivesIt(event)) continue;
    const parsed = timelineEventSchema.safeParse(event);
    if (!parsed.success) return null;
    if (checked === events) checked = [...events];
    checked[i] = parsed.data;
  }
  return checked;
}

/**
 * `eventsFileSchema.safeParse(file)`, with the same outcome and the same data, for less. On
 * failure the answer is the strict schema's own, so the error names the field as it always has.
 * For example an event whose `date` lists `precision` before `start` is handed to zod, which
 * reorders it.
 */
export function checkEventsFile(file: EventsFile): ReturnType<typeof eventsFileSchema.safeParse> {
  const events = isFrameAsZodGivesIt(file) ? eventsAsZodGivesThem(file.events) : null;
  if (events !== null) {
    const checked = events === file.events ? file : { ...file, events };
    if (eventsFileIssues(checked).length === 0) return { success: true, data: checked };
  }
  return eventsFileSchema.safeParse(file);
}
