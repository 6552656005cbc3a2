/**
 * The calendar day at the start of an ISO 8601 value as written ("2025-05-12T23:30:00-04:00" →
 * "2025-05-12"): the day the publisher printed, not the day in UTC. Anything else is null.
 */
export function isoDay(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value ?? '');
  if (match === null) return null;
  const day = `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}
