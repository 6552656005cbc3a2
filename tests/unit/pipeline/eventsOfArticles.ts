import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { buildEventsFile, type SeedInput } from '../../../src/pipeline/buildEventsFile.ts';
import type { KnownEvent } from '../../../src/pipeline/knownEventSchema.ts';

/** One article as the seeds folder gives it: its file name, publication day and text. */
export const seed = (file: string, published: string, text: string): SeedInput => ({
  file,
  text,
  meta: { published },
});

/** The events several articles yield together through the whole pipeline, with no curation. */
export function eventsOfArticles(
  seeds: SeedInput[],
  knownEvents: KnownEvent[] = [],
): TimelineEvent[] {
  return buildEventsFile(seeds, { knownEvents, curation: { merges: [], edits: [] } }).file.events;
}

/** The articles an event was told by, sorted. */
export const sourcesOf = (e: { mentions: { sourceId: string }[] }): string[] =>
  [...new Set(e.mentions.map((m) => m.sourceId))].sort();

/** The article sets of the events told by more than one article. */
export const joined = (events: TimelineEvent[]): string[][] =>
  events.filter((e) => sourcesOf(e).length > 1).map((e) => sourcesOf(e));
