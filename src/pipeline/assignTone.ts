import type { EventStatus, TimelineEvent } from '../data/eventSchema.ts';
import { DEFAULT_TONE, TONE_TABLE, type ToneEntry } from './toneTable.ts';

/** How much a step counts before it is taken: a planned visit is a promise, not yet a visit. */
export const STATUS_WEIGHT: Readonly<Record<EventStatus, number>> = {
  occurred: 1,
  ongoing: 1,
  planned: 0.5,
};

// The titles the pipeline writes put the action in the verb: "US cuts tariffs on Chinese goods",
// "China to suspend export controls on rare earths", "Trump rolls back chip curbs".
const EASING =
  /\b(?:cuts?|lower(?:s|ed)?|reduc(?:e|es|ed)|suspend(?:s|ed)?|paus(?:e|es|ed)|lifts?|remov(?:e|es|ed)|eas(?:e|es|ed)|relax(?:es|ed)?|loosen(?:s|ed)?|scraps?|exempts?|halv(?:e|es|ed)|rolls?\s+back|delays?|waives?|drops?)\b/i;

/** "US cuts tariffs", "China to suspend export controls": the title undoes a measure. */
export function easesMeasure(title: string): boolean {
  return EASING.test(title);
}

export function toneEntryOf(kind: string | undefined): ToneEntry {
  return (kind === undefined ? undefined : TONE_TABLE[kind]) ?? DEFAULT_TONE;
}

/** The tone of one event: the table's weight for its kind and action, times its status weight. */
export function toneOf(event: Pick<TimelineEvent, 'kind' | 'title' | 'status'>): number {
  const entry = toneEntryOf(event.kind);
  const base = entry.eased !== undefined && easesMeasure(event.title) ? entry.eased : entry.tone;
  const weighted = base * STATUS_WEIGHT[event.status];
  // One decimal, and never "-0" in the file.
  return Math.round(weighted * 10) / 10 || 0;
}

/** Gives every event a tone; one an editor set in the curation file is kept as it is. */
export function assignTone(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.map((e) => (e.tone !== undefined ? e : { ...e, tone: toneOf(e) }));
}
