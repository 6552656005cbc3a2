import type { EventDate, TimelineEvent } from '../data/eventSchema.ts';
import { datesCompatible } from './datesCompatible.ts';

/**
 * What the review stage needs from the draft behind an event. Structural on purpose: detection
 * keeps changing, and only these three facts about each detection matter here.
 */
export interface ReviewEvidence {
  knownEventId?: string | undefined;
  detections: readonly {
    date: EventDate | null;
    dateSource: 'text' | 'registry' | null;
    verbal: boolean;
  }[];
}

export const REVIEW_NO_DATE = 'No date: none of its sentences says when it happened.';
export const REVIEW_REGISTRY_DATE =
  'The date comes only from the known-events registry, not from the articles.';
export const REVIEW_REPORTED_ONLY =
  'Only reported speech: every sentence about it is attributed to someone else.';
export const REVIEW_WEAK_TITLE =
  'Weak match: no sentence tells it with a verb, so the title is a guess from a bare mention.';

/**
 * Why an editor should look at this event; empty when the pipeline has no doubt. Read from the
 * finished event wherever the event says enough, and from the draft's detections otherwise.
 * "The call" mentioned twice with nobody placing or dating it gives an undated, weakly titled event.
 */
export function reviewReasons(event: TimelineEvent, evidence: ReviewEvidence): string[] {
  const reasons: string[] = [];
  if (event.date.precision === 'unknown') reasons.push(REVIEW_NO_DATE);
  else if (registryOnly(event.date, evidence)) reasons.push(REVIEW_REGISTRY_DATE);
  const disagreeing = disagreeingDates(evidence);
  if (disagreeing.length > 0) {
    reasons.push(`Its sentences disagree on the date: ${disagreeing.join(', ')}.`);
  }
  if (event.mentions.length > 0 && event.mentions.every((m) => m.attributedTo !== undefined)) {
    reasons.push(REVIEW_REPORTED_ONLY);
  }
  if (evidence.knownEventId === undefined && !evidence.detections.some((d) => d.verbal)) {
    reasons.push(REVIEW_WEAK_TITLE);
  }
  return reasons;
}

/** Events and the drafts they were built from (same order) in; the same events with `review` out. */
export function withReviewReasons(
  events: readonly TimelineEvent[],
  evidence: readonly ReviewEvidence[],
): TimelineEvent[] {
  return events.map((event, i) => {
    const found = evidence[i];
    const review = found === undefined ? [] : reviewReasons(event, found);
    return review.length > 0 ? { ...event, review } : event;
  });
}

function registryOnly(date: EventDate, evidence: ReviewEvidence): boolean {
  const fromRegistry = evidence.detections.some((d) => d.dateSource === 'registry');
  const fromText = evidence.detections.some(
    (d) => d.dateSource === 'text' && d.date !== null && datesCompatible(d.date, date),
  );
  return fromRegistry && !fromText;
}

/** The distinct dates the text gives, when at least two of them cannot be the same day. */
function disagreeingDates(evidence: ReviewEvidence): string[] {
  const dates = new Map<string, EventDate>();
  for (const d of evidence.detections) {
    if (d.dateSource !== 'text' || d.date?.start == null) continue;
    dates.set(`${d.date.start}${d.date.end === undefined ? '' : `/${d.date.end}`}`, d.date);
  }
  const list = [...dates.values()];
  const clash = list.some((a, i) => list.slice(i + 1).some((b) => !datesCompatible(a, b)));
  return clash ? [...dates.keys()].sort() : [];
}
