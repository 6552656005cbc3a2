import type { EventDate } from '../data/eventSchema.ts';

/**
 * Whether two dates can name the same event: one contains the other ("2026-04" and
 * "2026-04-15"), or their spans overlap. An unknown date is compatible with anything.
 */
export function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (a?.start == null || b?.start == null) return true;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  const len = Math.min(a.start.length, b.start.length);
  return a.start.slice(0, len) <= bEnd.slice(0, len) && b.start.slice(0, len) <= aEnd.slice(0, len);
}
