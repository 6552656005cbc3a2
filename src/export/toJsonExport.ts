// The constant from the zod-free module: this file ships in the app's first chunk.
import { SCHEMA_VERSION } from '../data/eventConstants';
import type { EventsFile, Source, TimelineEvent } from '../data/eventSchema';

/**
 * The filtered events in the events.json contract's shape, with exactly the sources they cite
 * (in the original source order), so the file validates on its own and can be loaded back.
 */
export function toJsonExport(events: readonly TimelineEvent[], sources: readonly Source[]): string {
  const cited = new Set(events.flatMap((e) => e.mentions.map((m) => m.sourceId)));
  const file: EventsFile = {
    schemaVersion: SCHEMA_VERSION,
    sources: sources.filter((s) => cited.has(s.id)),
    events: [...events],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
