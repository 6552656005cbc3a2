import type { KnownEvent } from './knownEventSchema';
import { datesCompatible } from './datesCompatible';
import { countryOf } from './findNames';
import type { Detection, Segment } from './pipelineTypes';

const MEASURES = new Set(['tariffs', 'export-controls', 'tech-restriction', 'visas', 'sanctions']);

export interface CompiledKnownEvent {
  event: KnownEvent;
  aliases: RegExp[];
}

export function compileKnownEvents(events: KnownEvent[]): CompiledKnownEvent[] {
  return events.map((event) => ({ event, aliases: event.aliases.map((a) => new RegExp(a, 'i')) }));
}

/** The note that tells a reader where a date came from. */
export function registryNote(event: KnownEvent): string {
  return `Date from the known-events registry (seeds/known-events.json): ${event.source}`;
}

/**
 * Links the detections of one sentence to the named events its wording points at. A linked
 * detection without a date of its own takes the registry's date, with a note saying so. The
 * registry never creates an event by itself: the text must tell one.
 */
export function matchKnownEvents(
  segment: Segment,
  detections: Detection[],
  known: CompiledKnownEvent[],
): Detection[] {
  const out = [...detections];
  if (detections.length === 0) return detections;
  const kinds = new Set(detections.map((d) => d.kind));
  for (const { event, aliases } of known) {
    if (!kinds.has(event.kind)) continue;
    if (!aliases.some((alias) => alias.test(segment.text))) continue;
    const sameKind = out.filter((d) => d.kind === event.kind);
    const linkable = sameKind.filter((d) => d.knownEventId === undefined && fits(d, event));
    linkable.forEach((d) => {
      out[out.indexOf(d)] = link(d, event);
    });
  }
  return out.sort((a, b) => a.triggerStart - b.triggerStart);
}

function fits(d: Detection, event: KnownEvent): boolean {
  // "invited him to visit China" is no visit; "urged Beijing to relax its export controls"
  // still names the controls.
  if (d.hypothetical && d.date === null && !MEASURES.has(d.kind)) return false;
  if (!datesCompatible(d.date, event.date)) return false;
  if (d.verbal && event.actions !== undefined && !event.actions.includes(d.action)) return false;
  if (d.actors.length > 0 && event.actors.length > 0) {
    if (!d.actors.some((a) => event.actors.includes(a))) return false;
  }
  const eventPlaces = new Set(event.places);
  if (d.places.length > 0 && eventPlaces.size > 0) {
    return d.places.some((p) => eventPlaces.has(p) || eventPlaces.has(countryOf(p) ?? ''));
  }
  return true;
}

function link(d: Detection, event: KnownEvent): Detection {
  const fromRegistry = d.date === null;
  return {
    ...d,
    knownEventId: event.id,
    date: d.date ?? event.date,
    dateSource: fromRegistry ? 'registry' : d.dateSource,
    status: fromRegistry ? event.status : d.status,
    themes: [...new Set([...d.themes, ...event.themes])],
    tags: [...new Set([...d.tags, ...event.tags])],
    places: [...new Set([...d.places, ...event.places])],
    actors: [...new Set([...d.actors, ...event.actors])],
    notes: fromRegistry ? [...d.notes, registryNote(event)] : d.notes,
  };
}
