import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import type { KnownEvent } from '../../../src/pipeline/knownEventSchema.ts';

/** The events one article yields through the whole pipeline, with no curation. */
export function eventsOfArticle(
  text: string,
  published: string,
  knownEvents: KnownEvent[] = [],
): TimelineEvent[] {
  return buildEventsFile([{ file: 'a.txt', text, meta: { published } }], {
    knownEvents,
    curation: { merges: [], edits: [] },
  }).file.events;
}

/** What a reader sees of each event one article yields: "2024-05-06 occurred US bars …". */
export function datedTitles(text: string, published: string): string[] {
  return eventsOfArticle(text, published).map(
    (e) => `${e.date.start ?? 'undated'} ${e.status} ${e.title}`,
  );
}

/** datedTitles of the events of one kind only: "2025-03-10 occurred China imposes tariffs …". */
export function datedTitlesOfKind(text: string, published: string, kind: string): string[] {
  return eventsOfArticle(text, published)
    .filter((e) => e.kind === kind)
    .map((e) => `${e.date.start ?? 'undated'} ${e.status} ${e.title}`);
}
