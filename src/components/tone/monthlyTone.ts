import type { TimelineEvent } from '../../data/eventSchema.ts';
import { monthName } from '../../data/monthName.ts';

export interface MonthTone {
  /** "2025-04" */
  month: string;
  /** Mean tone of the month's events, one decimal. */
  mean: number;
  count: number;
}

/**
 * The mean tone per calendar month, for events dated to a day or a month (a year alone cannot
 * be placed in a month), in month order. Months without events are left out.
 */
export function monthlyTone(events: readonly TimelineEvent[]): MonthTone[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const e of events) {
    if (e.tone === undefined || e.date.start === null) continue;
    if (e.date.precision !== 'day' && e.date.precision !== 'month') continue;
    const month = e.date.start.slice(0, 7);
    const acc = sums.get(month) ?? { sum: 0, count: 0 };
    acc.sum += e.tone;
    acc.count += 1;
    sums.set(month, acc);
  }
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, { sum, count }]) => ({
      month,
      mean: Math.round((sum / count) * 10) / 10 || 0,
      count,
    }));
}

/** Months from the first to the last, inclusive: "2025-11" … "2026-02" is four. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** "2025-04" → "April 2025". */
export function monthLabel(month: string): string {
  const [y = '', m = ''] = month.split('-');
  return `${monthName(Number(m))} ${y}`;
}

/** −6 → "−6", 2.5 → "+2.5", 0 → "0": the sign is part of the reading. */
export function formatTone(value: number): string {
  if (value === 0) return '0';
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}
