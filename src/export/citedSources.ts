import type { Source, TimelineEvent } from '../data/eventSchema.ts';

/** The sources one event cites, in the order its mentions first name them, each once. */
export function citedSources(
  event: TimelineEvent,
  sourcesById: ReadonlyMap<string, Source>,
): Source[] {
  const seen = new Set<string>();
  const cited: Source[] = [];
  for (const mention of event.mentions) {
    if (seen.has(mention.sourceId)) continue;
    seen.add(mention.sourceId);
    const source = sourcesById.get(mention.sourceId);
    if (source !== undefined) cited.push(source);
  }
  return cited;
}

export function indexSources(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}

/** "Title (Outlet, 2025-05-12)", leaving out whatever the source does not know. */
export function describeSource(source: Source): string {
  const details = [source.outlet, source.published ?? undefined].filter(
    (d): d is string => d !== undefined && d !== '',
  );
  const title = source.title.trim() === '' ? source.file : source.title.trim();
  return details.length === 0 ? title : `${title} (${details.join(', ')})`;
}
