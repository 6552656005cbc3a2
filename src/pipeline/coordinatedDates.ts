import type { DateMention, Detection } from './pipelineTypes.ts';

/** "in August 2023 and February 2024", "in March, and again in June": two dates told as one list. */
const AND_BETWEEN = /^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:again\s+)?(?:(?:in|on)\s+)?$/i;
/** "between 1985 and 1987", "from May 3 and" : a span's ends, not two occasions. */
const SPAN_BEFORE = /\b(?:between|from)\s+(?:early\s+|late\s+|mid-?)?$/i;
/** Days this close are one stretch ("on Monday and Tuesday"), not two occasions. */
const SPAN_DAYS = 20;

/**
 * "The agreement was extended twice for six months at a time, in August 2023 and February
 * 2024": the act happened on each date the list gives, so the detection dated by the first
 * gets a copy for every other one.
 */
export function coordinatedDates(detections: Detection[], dates: DateMention[]): Detection[] {
  const copies: Detection[] = [];
  for (const d of detections) {
    if (d.date === null || d.date.start === null) continue;
    const sentence = d.segment.text;
    const first = dates.find(
      (m) => m.date.start === d.date?.start && m.date.precision === d.date.precision,
    );
    if (first === undefined || first.counterfactual) continue;
    if (SPAN_BEFORE.test(sentence.slice(Math.max(0, first.start - 14), first.start))) continue;
    let last = first;
    for (const next of dates) {
      if (next.start <= last.end || next.counterfactual) continue;
      if (!AND_BETWEEN.test(sentence.slice(last.end, next.start))) break;
      if (next.date.precision !== first.date.precision || !apart(first, next)) break;
      copies.push({ ...d, date: next.date, dateSource: 'text' });
      last = next;
    }
  }
  return copies;
}

function apart(a: DateMention, b: DateMention): boolean {
  const x = a.date.start;
  const y = b.date.start;
  if (x === null || y === null || x === y) return false;
  if (a.date.precision !== 'day') return true;
  return Math.abs(Date.parse(y) - Date.parse(x)) > SPAN_DAYS * 86_400_000;
}
