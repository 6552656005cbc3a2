import { THEMES, type Theme } from '../../data/eventConstants.ts';
import { countTheme } from '../../data/countTheme.ts';
import { monthName } from '../../data/monthName.ts';
import { bucketStart, nextBucketStart, type BucketUnit } from '../../timeline/bucketUnit.ts';
import type { IndexedEvent } from '../../timeline/timelineIndex.ts';

/** One calendar bucket of the strip: how many events start in it, by main theme. */
export interface DensityBucket {
  start: number;
  /** Exclusive. */
  end: number;
  total: number;
  byTheme: Record<Theme, number>;
}

/** Every non-empty bucket of one unit over all the events, by bucket start. */
export interface DensityTable {
  buckets: ReadonlyMap<number, DensityBucket>;
  /**
   * Events dated only to a period longer than a bucket ("May 2019" on a strip of days): a bar on
   * the period's first day would be a spike that never happened, so they are counted apart.
   */
  coarse: readonly IndexedEvent[];
}

/**
 * Counts events per calendar bucket. Each event counts once, in the bucket where it starts,
 * under its main (first) theme, the colour it has on the timeline; undated events are not in
 * the index, and events dated to a period longer than the bucket are set apart (`coarse`). Done once per filter result and unit, so following the view as it moves only
 * slices the table. `entries` are in start order (a timeline index), so the buckets are found
 * by walking their boundaries once instead of by date arithmetic per event.
 */
export function countDensity(entries: readonly IndexedEvent[], unit: BucketUnit): DensityTable {
  const table = new Map<number, DensityBucket>();
  const coarse: IndexedEvent[] = [];
  let bucket: DensityBucket | null = null;
  for (const e of entries) {
    if (bucket === null || e.start >= bucket.end) {
      const start: number =
        bucket !== null && e.start < nextBucketStart(bucket.end, unit)
          ? bucket.end
          : bucketStart(e.start, unit);
      bucket = {
        start,
        end: nextBucketStart(start, unit),
        total: 0,
        byTheme: { trade: 0, technology: 0, diplomacy: 0 },
      };
      table.set(start, bucket);
    }
    if (e.period && e.end > bucket.end) {
      coarse.push(e);
      continue;
    }
    bucket.total += 1;
    countTheme(bucket.byTheme, e.event.themes[0]);
  }
  return { buckets: table, coarse };
}

/** How many events dated only to a longer period overlap [from, to). */
export function coarseInView(table: DensityTable, from: number, to: number): number {
  let n = 0;
  for (const e of table.coarse) if (e.start < to && e.end > from) n += 1;
  return n;
}

/** The buckets touching [from, to), empty ones included, in time order. */
export function bucketsInView(
  table: DensityTable,
  unit: BucketUnit,
  from: number,
  to: number,
): DensityBucket[] {
  const out: DensityBucket[] = [];
  // A bound on the walk, whatever the inputs: a day strip never needs more than a few hundred.
  for (let s = bucketStart(from, unit), guard = 0; s < to && guard < 2_000; guard++) {
    const next = nextBucketStart(s, unit);
    out.push(
      table.buckets.get(s) ?? {
        start: s,
        end: next,
        total: 0,
        byTheme: { trade: 0, technology: 0, diplomacy: 0 },
      },
    );
    s = next;
  }
  return out;
}

/** The busiest bucket (the earliest of equals), or null when every bucket is empty. */
export function busiest(buckets: readonly DensityBucket[]): DensityBucket | null {
  let best: DensityBucket | null = null;
  for (const b of buckets) if (b.total > 0 && (best === null || b.total > best.total)) best = b;
  return best;
}

const UNIT_NAMES: Record<BucketUnit, string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  'five-years': 'five years',
  decade: 'decade',
};

export function unitName(unit: BucketUnit): string {
  return UNIT_NAMES[unit];
}

/** "4 March 2019", "week of 4 March 2019", "March 2019", "Q1 2019", "2019", "2015–2019", "the 2010s". */
export function bucketLabel(start: number, unit: BucketUnit): string {
  const d = new Date(start);
  const y = d.getFullYear();
  const day = `${d.getDate()} ${monthName(d.getMonth() + 1)} ${y}`;
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return `week of ${day}`;
    case 'month':
      return `${monthName(d.getMonth() + 1)} ${y}`;
    case 'quarter':
      return `Q${Math.floor(d.getMonth() / 3) + 1} ${y}`;
    case 'year':
      return String(y);
    case 'five-years':
      return `${y}–${y + 4}`;
    case 'decade':
      return `the ${y}s`;
  }
}

/** "54 events: 20 trade, 18 technology, 16 diplomacy" (themes without events left out). */
export function describeCounts(bucket: DensityBucket): string {
  const events = bucket.total === 1 ? '1 event' : `${bucket.total} events`;
  const parts = THEMES.filter((t) => bucket.byTheme[t] > 0).map((t) => `${bucket.byTheme[t]} ${t}`);
  return parts.length === 0 ? 'no events' : `${events}: ${parts.join(', ')}`;
}

/**
 * The strip's name, e.g. "Events per month; busiest: March 2019, 54 events", and, when some are
 * dated too loosely for the unit, "; 12 more dated only to a longer period".
 */
export function densitySummary(
  buckets: readonly DensityBucket[],
  unit: BucketUnit,
  coarse = 0,
): string {
  const top = busiest(buckets);
  const head = `Events per ${unitName(unit)}`;
  const more = coarse > 0 ? `; ${coarse} more dated only to a longer period` : '';
  if (top === null) return `${head}: none in view${more}`;
  const count = top.total === 1 ? '1 event' : `${top.total} events`;
  return `${head}; busiest: ${bucketLabel(top.start, unit)}, ${count}${more}`;
}
