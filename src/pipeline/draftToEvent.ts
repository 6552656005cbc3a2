import { THEMES, type EventDate, type Mention, type TimelineEvent } from '../data/eventSchema.ts';
import { describeEvent, primaryDetection } from './describeEvent.ts';
import type { KnownEvent } from './knownEventSchema.ts';
import type { EventDraft } from './mergeDetections.ts';
import type { Detection } from './pipelineTypes.ts';

/**
 * Turns a merged draft into an event of the events.json contract (without its final id).
 * The status comes from the newest article that dates the event: a visit planned in one
 * article and reported as done in a later one is done. "Remains in place" (ongoing) tells the
 * state of a measure, not the act: when a mention dates the act itself ("the higher tariffs took
 * effect on Tuesday"), a later "the 20 percent tariff, in force since March 4, remains" does not
 * turn the act into a standing policy.
 */
export function draftToEvent(
  draft: EventDraft,
  published: ReadonlyMap<string, string | null>,
  known: ReadonlyMap<string, KnownEvent>,
): { slug: string; event: TimelineEvent } {
  const knownEvent = draft.knownEventId === undefined ? undefined : known.get(draft.knownEventId);
  const dating = draft.detections.filter((d) => sameDate(d.date, draft.date));
  const acts = dating.filter((d) => d.status !== 'ongoing');
  const telling = acts.length > 0 ? acts : dating.length > 0 ? dating : draft.detections;
  const newest = newestOf(telling, published);
  const status = newest?.status ?? primaryDetection(draft).status;
  // One pass over the mentions for both sets, which describeEvent reads too.
  const themeSet = new Set<string>();
  const tagSet = new Set<string>();
  for (const d of draft.detections) {
    for (const t of d.themes) themeSet.add(t);
    for (const t of d.tags) tagSet.add(t);
  }
  const description = describeEvent(draft, status, tagSet);
  // The registry's note belongs only to a date the text did not give.
  const fromText = dating.some((d) => d.dateSource === 'text');
  const datingNotes = fromText ? [] : dating.flatMap((d) => d.notes);
  const notes = [...new Set(datingNotes)];
  const event: TimelineEvent = {
    id: draft.knownEventId ?? description.slug,
    title: knownEvent?.title ?? description.title,
    summary: description.summary,
    date: draft.date ?? { start: null, precision: 'unknown', approximate: false },
    status,
    themes: themeSet.size > 0 ? THEMES.filter((t) => themeSet.has(t)) : ['diplomacy'],
    tags: [...tagSet].sort(),
    actors: [...draft.actors],
    mentions: mentionsOf(draft.detections),
    // In the schema's order, so the file's check takes the event as it is instead of a copy.
    ...(notes.length > 0 ? { notes } : {}),
    kind: draft.kind,
  };
  return { slug: event.id, event };
}

/**
 * The first of `detections` from the latest article: what sorting a copy newest first and taking
 * the head gave (a stable sort keeps the first of equals ahead), without the copy. Publication
 * days are "YYYY-MM-DD" (the schema allows no other), so `>` orders them as localeCompare did.
 */
function newestOf(
  detections: readonly Detection[],
  published: ReadonlyMap<string, string | null>,
): Detection | undefined {
  let newest = detections[0];
  let newestDay = newest === undefined ? '' : (published.get(newest.sourceId) ?? '');
  for (const d of detections) {
    const day = published.get(d.sourceId) ?? '';
    if (day > newestDay) {
      newest = d;
      newestDay = day;
    }
  }
  return newest;
}

function mentionsOf(detections: Detection[]): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const d of detections) {
    const key = `${d.sourceId}:${d.segment.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({
      sourceId: d.sourceId,
      start: d.segment.start,
      end: d.segment.end,
      quote: d.segment.printed ?? d.segment.text,
      ...(d.attributedTo !== undefined ? { attributedTo: d.attributedTo } : {}),
    });
  }
  return mentions;
}

function sameDate(a: EventDate | null, b: EventDate | null): boolean {
  return a?.start === b?.start && a?.end === b?.end && a?.precision === b?.precision;
}
