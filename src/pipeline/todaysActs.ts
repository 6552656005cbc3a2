import { KIND_TABLE } from './kinds/kindTable.ts';
import type { Detection } from './pipelineTypes.ts';

/**
 * "The charges on foreign tankers came into force at 12:01 a.m.": a measure that came into
 * force at a clock time, with no day named, did so on the day of writing (measureRoundDays reads
 * tariffs the same way).
 */
const IN_FORCE =
  /\b(?:took|takes|take)\s+effect\b|\bkicked\s+in\b|\bcame\s+into\s+(?:force|effect)\b|\bwent\s+into\s+(?:force|effect)\b/i;
const CLOCK = /\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|midnight)/i;

/**
 * "Lin Qiao: We deeply regret the decision to suspend the flights from June 16": a transcript's
 * speaker answering in the present speaks on the day of the briefing, the day of writing; the
 * day in the line is the decision's.
 */
function spokenAtBriefing(d: Detection): boolean {
  if (d.segment.speaker === undefined) return false;
  // "… and we lodged stern protests with Washington": the speaker's own side, told by "we".
  if (d.kind === 'statement') {
    return d.triggerStart === 0 || WE_BEFORE.test(d.segment.text.slice(0, d.triggerStart));
  }
  // "Lin Jian: … China has decided to suspend discussions with the US": a decision the speaker
  // tells as just made, with no day of its own, is made known on the day of the briefing.
  // "We have lodged stern protests with the US side": an act the speaker's own side
  // tells with "we", with no day of its own, was done by the day of the briefing.
  const before = d.segment.text.slice(Math.max(0, d.triggerStart - 40), d.triggerStart);
  return (
    d.verbal &&
    d.date === null &&
    !d.hypothetical &&
    (JUST_DECIDED.test(before) || (d.status === 'occurred' && WE_BEFORE.test(before)))
  );
}
const WE_BEFORE = /\bwe\s+(?:have\s+|had\s+)?(?:also\s+|already\s+)?$/i;
const JUST_DECIDED = /\b(?:has|have)\s+(?:now\s+)?(?:decided|agreed)\s+to\s+$/;

/**
 * The sentence's acts with no day of their own that the words place on the day of writing: a
 * measure (other than a tariff) in force at a clock time. (An act "just" done is dated where it is
 * detected: detectEvents' justDone.)
 */
export function todaysActs(detections: Detection[], published: string | null): Detection[] {
  if (published === null) return detections;
  return detections.map((d): Detection => {
    if (spokenAtBriefing(d)) {
      return {
        ...d,
        status: 'occurred',
        date: { start: published, precision: 'day', approximate: false },
        dateSource: 'text',
      };
    }
    if (!d.verbal || d.hypothetical || d.date !== null || d.status !== 'occurred') return d;
    const sentence = d.segment.text;
    const told = sentence.slice(d.triggerStart);
    const inForce =
      d.kind !== 'tariffs' && KIND_TABLE[d.kind].measure && IN_FORCE.test(told) && CLOCK.test(told);
    if (!inForce) return d;
    return {
      ...d,
      date: { start: published, precision: 'day', approximate: false },
      dateSource: 'text',
    };
  });
}
