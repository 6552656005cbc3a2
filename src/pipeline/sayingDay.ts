import type { EventDate } from '../data/eventSchema.ts';
import type { DateMention } from './pipelineTypes.ts';

/**
 * "China said today it will impose sanctions on the firms", "Beijing said on Friday that the
 * envoy would visit": a plan told by a saying, up to the modal right before the trigger. The
 * saying verb, then the modal; the index of the modal is where the plan's own words begin.
 */
const SAID_THEN_MODAL =
  /\b(?:said|says|announced|announces|vowed|pledged|promised|declared|warned|threatened)\b[^.;?!]*?\b(?:would|will)\s+(?:[\w"“”'’-]+\s+){0,3}$/i;
const MODAL = /\b(?:would|will)\b/gi;

/**
 * Whether the date picked for a trigger is the day of the saying that tells its plan ("Beijing
 * said today that it will slap sanctions on the defence firms": today is when it was said), not a
 * day of the plan ("The envoy said he would visit on Monday"): null when it is not, else the
 * plan's own date, if the sentence gives one after the modal. For a measure, the saying is its
 * announcement, done that day; for a visit or a call still to come, the saying's day is no day
 * of the encounter.
 */
export function sayingDay(
  sentence: string,
  triggerStart: number,
  date: EventDate | null,
  dates: readonly DateMention[],
): { planDate: EventDate | null } | null {
  if (date === null) return null;
  const before = sentence.slice(0, triggerStart);
  const said = SAID_THEN_MODAL.exec(before);
  if (said === null) return null;
  let modal = -1;
  for (const m of before.slice(said.index).matchAll(MODAL)) modal = said.index + m.index;
  if (modal < 0) return null;
  const told = mentionsOf(dates, date);
  if (told.length === 0 || told.some((d) => d.end > modal)) return null;
  // "said on Friday he would visit Washington on Monday": Monday is the plan's own day.
  const plan = dates.find((d) => d.start > modal && d.role === undefined);
  return { planDate: plan?.date ?? null };
}

/** The mentions in the sentence that tell this date (same start, same precision). */
export function mentionsOf(dates: readonly DateMention[], date: EventDate): DateMention[] {
  return dates.filter((d) => d.date.start === date.start && d.date.precision === date.precision);
}
