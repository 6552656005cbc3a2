import type { TimelineEvent } from '../../data/eventSchema.ts';
import { monthName } from '../../data/monthName.ts';

export type ListRow =
  | { kind: 'year'; key: string; label: string }
  | { kind: 'month'; key: string; label: string }
  | { kind: 'event'; event: TimelineEvent; position: number };

/** React's key for a row; an event row's is made only when it is rendered. */
export function rowKey(row: ListRow): string {
  return row.kind === 'event' ? `e-${row.event.id}` : row.key;
}

/**
 * Flattens events (already in list order, undated last) into headings and event rows, so one
 * virtualiser can window over both: year, then month ("Sometime in 2026" for year-only dates),
 * then a "Date unknown" section. `position` is the event's index among the events.
 */
export function buildListRows(events: readonly TimelineEvent[]): ListRow[] {
  const rows: ListRow[] = [];
  let year: string | null = null;
  let month: string | null = null;
  let previous: string | null | undefined;
  events.forEach((event, position) => {
    const start = event.date.start;
    // Most events share their day with the one before: no headings to check, nothing to slice.
    if (start === previous && start !== null) {
      rows.push({ kind: 'event', event, position });
      return;
    }
    previous = start;
    const y = start === null ? 'unknown' : start.slice(0, 4);
    const m = start === null ? '' : start.slice(5, 7);
    if (y !== year) {
      year = y;
      month = null;
      rows.push({ kind: 'year', key: `y-${y}`, label: y === 'unknown' ? 'Date unknown' : y });
    }
    if (y !== 'unknown' && m !== month) {
      month = m;
      rows.push({
        kind: 'month',
        key: `m-${y}-${m}`,
        label: m === '' ? `Sometime in ${y}` : `${monthName(Number(m))} ${y}`,
      });
    }
    rows.push({ kind: 'event', event, position });
  });
  return rows;
}
