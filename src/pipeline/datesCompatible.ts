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
  return atMost(a.start, bEnd, len) && atMost(b.start, aEnd, len);
}

/**
 * `x.slice(0, len) <= y.slice(0, len)`, without the two copies when both are that long already:
 * the merge asks this of most pairs of drafts it compares, nearly all of two days.
 */
function atMost(x: string, y: string, len: number): boolean {
  if (x.length === len && y.length === len) return x <= y;
  return x.slice(0, len) <= y.slice(0, len);
}
