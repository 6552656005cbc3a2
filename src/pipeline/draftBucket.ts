import type { EventDate } from '../data/eventSchema.ts';

/** What a bucket needs of a draft: its date, which may change while the draft is in it. */
interface Dated {
  date: EventDate | null;
}

/**
 * The drafts of one kind and month (or year) that the search across articles looks through,
 * in the order they joined, with those dated to a single day found by that day. A detection of
 * one day can only be the event of a draft of that day or of a wider date ("March 2020",
 * "5–9 March"): at 5,000 articles 94% of the drafts a day's detection was compared with were
 * of another day (613k comparisons; 120k with this). A draft's date can change after it joined
 * (a later sentence gives the day): `moved` files it under its new date.
 */
export class DraftBucket<D extends Dated> {
  private readonly drafts: D[] = [];
  private readonly position = new Map<D, number>();
  /** The single day each draft is filed under, or null for a wider or unknown date. */
  private readonly filed = new Map<D, string | null>();
  /** Positions by day; a draft that moved stays listed under its old day too (harmless). */
  private readonly byDay = new Map<string, number[]>();
  /** Positions of drafts whose date is wider than a day (or was, at some point). */
  private readonly wide: number[] = [];

  /**
   * Everything the bucket holds, as it is: a bucket rebuilt from it (fromState) answers every
   * later call as this one would, so a merge can be stopped, stored and carried on.
   */
  state(): DraftBucketState<D> {
    return {
      drafts: this.drafts,
      filed: this.drafts.map((d) => this.filed.get(d) ?? null),
      byDay: [...this.byDay],
      wide: this.wide,
    };
  }

  static fromState<D extends Dated>(state: DraftBucketState<D>): DraftBucket<D> {
    const bucket = new DraftBucket<D>();
    state.drafts.forEach((draft, i) => {
      bucket.position.set(draft, i);
      bucket.drafts.push(draft);
      bucket.filed.set(draft, state.filed[i] ?? null);
    });
    for (const [day, positions] of state.byDay) bucket.byDay.set(day, [...positions]);
    bucket.wide.push(...state.wide);
    return bucket;
  }

  /** Adds the draft at the end, unless it is already in the bucket. */
  add(draft: D): void {
    if (this.position.has(draft)) return;
    this.position.set(draft, this.drafts.length);
    this.drafts.push(draft);
    this.file(draft);
  }

  /** Called after the draft's date changed, so it is found under its new date. */
  moved(draft: D): void {
    if (this.position.has(draft)) this.file(draft);
  }

  /**
   * The drafts whose date may be compatible with `date` (datesCompatible), in the order they
   * joined: every draft, unless `date` is a single day; then those of that day and the wide ones.
   */
  candidates(date: EventDate | null): readonly D[] {
    const day = singleDay(date);
    if (day === null) return this.drafts;
    const positions = [...(this.byDay.get(day) ?? []), ...this.wide].sort((a, b) => a - b);
    const found: D[] = [];
    let last = -1;
    for (const at of positions) {
      const draft = this.drafts[at];
      if (at !== last && draft !== undefined) found.push(draft);
      last = at;
    }
    return found;
  }

  private file(draft: D): void {
    const day = singleDay(draft.date);
    if (this.filed.has(draft) && this.filed.get(draft) === day) return;
    this.filed.set(draft, day);
    const at = this.position.get(draft) ?? -1;
    if (day === null) {
      this.wide.push(at);
      return;
    }
    const list = this.byDay.get(day);
    if (list === undefined) this.byDay.set(day, [at]);
    else list.push(at);
  }
}

/** A bucket's drafts in the order they joined, and how each is filed (see DraftBucket.state). */
export interface DraftBucketState<D> {
  drafts: D[];
  filed: (string | null)[];
  byDay: [string, number[]][];
  wide: number[];
}

/**
 * "2020-03-05" (no end, or the same end) → that day; null for a month, a year, a span or an
 * unknown date. Two single days are compatible exactly when they are the same day.
 */
function singleDay(date: EventDate | null): string | null {
  const start = date?.start;
  if (start == null || start.length !== 10) return null;
  return date?.end == null || date.end === start ? start : null;
}
