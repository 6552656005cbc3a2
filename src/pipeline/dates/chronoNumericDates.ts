import * as chrono from 'chrono-node';
import type { EventDate } from '../../data/eventSchema.ts';
import { inferYear, isoDay } from './calendarMath.ts';
import type { FoundDate } from './dateParser.ts';
import { dateTense } from './dateTense.ts';

/**
 * chrono reads the numeric formats ("2025-05-12", "5/12/2025") our own parsers leave alone.
 * Its strict English configuration (no casual words: those are ours), with one refiner of our
 * own that keeps calendar dates: a clock time alone ("at 10:30") is not an event's date.
 */
const NUMERIC_PARSER = chrono.strict.clone();
NUMERIC_PARSER.refiners.push({
  refine: (_context, results) =>
    results.filter((r) => r.start.isCertain('month') && /\d/.test(r.text)),
});

/** Cheap screen: chrono runs only where a numeric date may be. */
export const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

export function chronoNumericDates(sentence: string, published: string | null): FoundDate[] {
  const instant = new Date(`${published ?? '2000-01-01'}T12:00:00Z`);
  const out: FoundDate[] = [];
  for (const r of NUMERIC_PARSER.parse(sentence, { instant, timezone: 0 })) {
    // chrono keeps a trailing comma ("on 2025-05-12,"); offsets must cover the date only.
    const text = r.text.replace(/[\s,.;:]+$/, '');
    if (!NUMERIC_DATE.test(text)) continue;
    const c = r.start;
    const jsDate = c.date();
    const month = jsDate.getUTCMonth() + 1;
    const day = jsDate.getUTCDate();
    let date: EventDate | null = null;
    if (c.isCertain('year') || published !== null) {
      const year = c.isCertain('year')
        ? jsDate.getUTCFullYear()
        : inferYear(month, day, published, dateTense(sentence, r.index));
      date = c.isCertain('day')
        ? {
            start: isoDay(new Date(Date.UTC(year, month - 1, day))),
            precision: 'day',
            approximate: false,
          }
        : {
            start: `${year}-${String(month).padStart(2, '0')}`,
            precision: 'month',
            approximate: false,
          };
    }
    out.push({ start: r.index, end: r.index + text.length, date });
  }
  return out;
}
