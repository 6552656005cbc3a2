import { DAY_MS } from './eventSpan.ts';

export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'five-years' | 'decade';

/** Finest first; the approximate lengths only choose a unit, boundaries follow the calendar. */
const UNITS: ReadonlyArray<readonly [BucketUnit, number]> = [
  ['day', DAY_MS],
  ['week', 7 * DAY_MS],
  ['month', 30.44 * DAY_MS],
  ['quarter', 91.31 * DAY_MS],
  ['year', 365.25 * DAY_MS],
  // Between years (too narrow for a cluster's titles in a 27-year overview) and decades (three
  // boxes for the whole relationship).
  ['five-years', 1826.25 * DAY_MS],
  ['decade', 3652.5 * DAY_MS],
];

/** The finest calendar unit that cuts `spanMs` into at most `maxBuckets` pieces. */
export function chooseBucketUnit(spanMs: number, maxBuckets: number): BucketUnit {
  for (const [unit, ms] of UNITS) {
    if (spanMs / ms <= maxBuckets) return unit;
  }
  return 'decade';
}

/** Start (local midnight) of the bucket of `unit` that contains `ms`. */
export function bucketStart(ms: number, unit: BucketUnit): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  switch (unit) {
    case 'day':
      break;
    case 'week':
      // Weeks start on Monday, as on vis-timeline's axis.
      d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
      break;
    case 'month':
      d.setDate(1);
      break;
    case 'quarter':
      d.setMonth(d.getMonth() - (d.getMonth() % 3), 1);
      break;
    case 'year':
      d.setMonth(0, 1);
      break;
    case 'five-years':
      d.setFullYear(d.getFullYear() - (((d.getFullYear() % 5) + 5) % 5), 0, 1);
      break;
    case 'decade':
      d.setFullYear(d.getFullYear() - (((d.getFullYear() % 10) + 10) % 10), 0, 1);
      break;
  }
  return d.getTime();
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucketStart(start: number, unit: BucketUnit): number {
  const d = new Date(start);
  switch (unit) {
    case 'day':
      d.setDate(d.getDate() + 1);
      break;
    case 'week':
      d.setDate(d.getDate() + 7);
      break;
    case 'month':
      d.setMonth(d.getMonth() + 1);
      break;
    case 'quarter':
      d.setMonth(d.getMonth() + 3);
      break;
    case 'year':
      d.setFullYear(d.getFullYear() + 1);
      break;
    case 'five-years':
      d.setFullYear(d.getFullYear() + 5);
      break;
    case 'decade':
      d.setFullYear(d.getFullYear() + 10);
      break;
  }
  return d.getTime();
}
