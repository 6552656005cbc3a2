import type { EventsFile } from '../data/eventSchema.ts';

/** Stable text: same file, same bytes (2-space indent, trailing newline). */
export function serializeEventsFile(file: EventsFile): string {
  return `${eventsFileJson(file)}\n`;
}

/**
 * serializeEventsFile's text without its trailing newline. A caller that cuts the text up uses
 * this: JSON.stringify's own string is flat, where the one with "\n" joined to it is a pair
 * that the first search or slice of it copies whole (56 MB at 5,000 articles).
 */
export function eventsFileJson(file: EventsFile): string {
  return JSON.stringify(file, null, 2);
}
