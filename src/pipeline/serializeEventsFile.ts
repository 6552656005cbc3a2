import type { EventsFile } from '../data/eventSchema.ts';

/** Stable text: same file, same bytes (2-space indent, trailing newline). */
export function serializeEventsFile(file: EventsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
