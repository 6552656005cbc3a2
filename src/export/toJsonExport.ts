// The constant from the zod-free module: this file ships in the app's first chunk.
import { SCHEMA_VERSION } from '../data/eventConstants.ts';
import type { EventsFile, Source, Thread, TimelineEvent } from '../data/eventSchema.ts';

/**
 * The filtered events in the events.json contract's shape, with exactly the sources they cite
 * (in the original source order) and the threads they belong to, cut down to the exported events,
 * so the file validates on its own and can be loaded back. Each event keeps its `tone`.
 */
export function toJsonExport(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  threads: readonly Thread[] = [],
): string {
  const cited = new Set(events.flatMap((e) => e.mentions.map((m) => m.sourceId)));
  const exported = new Set(events.map((e) => e.id));
  const kept = threads
    .map((t) => ({ ...t, eventIds: t.eventIds.filter((id) => exported.has(id)) }))
    .filter((t) => t.eventIds.length > 0);
  const keptIds = new Set(kept.map((t) => t.id));
  const file: EventsFile = {
    schemaVersion: SCHEMA_VERSION,
    sources: sources.filter((s) => cited.has(s.id)),
    events: events.map((e) => {
      if (e.threadIds === undefined) return e;
      const { threadIds, ...rest } = e;
      const still = threadIds.filter((id) => keptIds.has(id));
      return still.length > 0 ? { ...rest, threadIds: still } : rest;
    }),
    ...(kept.length > 0 ? { threads: kept } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
