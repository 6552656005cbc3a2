import { z } from 'zod';
import {
  eventDateSchema,
  eventsFileSchema,
  mentionSchema,
  timelineEventSchema,
  type EventsFile,
  type TimelineEvent,
} from '../data/eventSchema.ts';
import { isPlainValidEvent } from '../data/isPlainValidEvent.ts';

/*
 * zod copies every event it checks, which was a fifth of the cross-article stages: the one part
 * of `npm run parse` that no worker thread can share. An event the hand-written check passes,
 * with its fields in the schema's order (zod's copy would list them in that order: a different
 * order would change the file's bytes), is what zod would return, so it is taken as it is. The
 * file-level rules (unique ids, quotes that match their source, threads that hold their events)
 * are still zod's, from `eventsFileSchema` itself.
 */

const EVENT_ORDER = Object.keys(timelineEventSchema.shape);
const DATE_ORDER = Object.keys(eventDateSchema.shape);
const MENTION_ORDER = Object.keys(mentionSchema.shape);

function inOrder(value: object, order: readonly string[]): boolean {
  let at = 0;
  for (const key in value) {
    while (at < order.length && order[at] !== key) at++;
    if (at === order.length) return false;
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

const fastEventsFileSchema = eventsFileSchema.safeExtend({
  events: z.array(z.union([z.custom<TimelineEvent>(isEventAsZodGivesIt), timelineEventSchema])),
});

/**
 * `eventsFileSchema.safeParse(file)`, with the same outcome and the same data, for less. On
 * failure the answer is the strict schema's own, so the error names the field as it always has.
 * For example an event whose `date` lists `precision` before `start` is handed to zod, which
 * reorders it.
 */
export function checkEventsFile(file: EventsFile): ReturnType<typeof eventsFileSchema.safeParse> {
  const fast = fastEventsFileSchema.safeParse(file);
  return fast.success ? fast : eventsFileSchema.safeParse(file);
}
