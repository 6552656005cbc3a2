import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventsFile, Theme, TimelineEvent } from '../../../src/data/eventSchema.ts';

const BUILT_EVENTS = resolve(import.meta.dirname, '../../../dist/data/events.json');

let cached: EventsFile | null = null;

/**
 * The data file the served build holds, read from disk so tests take real ids and titles from
 * it instead of hard-coding what the pipeline happens to produce today. Call it inside a test or
 * hook: test files are loaded before the global setup has built `dist/`.
 */
export function builtEvents(): EventsFile {
  cached ??= JSON.parse(readFileSync(BUILT_EVENTS, 'utf8')) as EventsFile;
  return cached;
}

/** The built events that carry `theme` (an event with several themes counts for each). */
export function eventsWithTheme(theme: Theme): TimelineEvent[] {
  return builtEvents().events.filter((e) => e.themes.includes(theme));
}

/** Events the timeline can place (the list shows undated ones in "Date unknown" instead). */
export function datedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => e.date.start !== null && e.date.precision !== 'unknown');
}

/** The item at `at` (negative counts from the end); throws when the built data is too small. */
export function pick<T>(items: readonly T[], at: number): T {
  const item = items[at < 0 ? items.length + at : at];
  if (item === undefined) throw new Error(`the built data has nothing at ${at}`);
  return item;
}
