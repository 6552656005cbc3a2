import type { DateMention, Detection, Segment } from './pipelineTypes.ts';

/**
 * "MARCH 2019" or "MARCH 4, 2019" on its line, then "The ministry bars the two shippers from its
 * ports.": a chronology whose headings stand on lines of their own tells each entry in the
 * present, as it does after a day on the same line ("MAR 4 - The ministry bars …"), which the
 * catch-all for acts reads (officialAct's CHRONOLOGY_PRESENT). The entry is read as that line
 * would be, the heading's place kept by a stand-in day, and what it finds is put back on the
 * sentence. Other kinds read the present anyway; only the catch-all's acts are taken from it.
 */
const STAND_IN = 'Jan 1 - ';
/**
 * A verb of the entry acts on something named: "bars the two shippers", "lifts its ban", "fines
 * Acme". A plural noun before a verb or a preposition ("talks on terms", "plants lapse") is none.
 */
const ACTED_ON =
  /^\s+(?:(?:the|a|an|its|their|his|her|new|more|several|two|three|four|five|six|seven|eight|nine|ten)\b|[A-Z0-9])/;
/** "Customs later lifts the ban": done after the heading's day, which does not date it. */
const AFTER_HEADING = /\b(?:later|afterwards|subsequently|eventually)\s+$/i;

/** Whether a heading that dates the entries under it heads a chronology's, with its year. */
export function headsEntries(heading: Segment): boolean {
  return /\b\d{4}\b/.test(heading.text);
}

export function entryActs(
  segment: Segment,
  dates: DateMention[],
  found: Detection[],
  detect: (segment: Segment, dates: DateMention[]) => Detection[],
): Detection[] {
  if (found.some((d) => d.verbal)) return found;
  const shift = STAND_IN.length;
  const read = detect(
    { ...segment, text: STAND_IN + segment.text },
    dates.map((d) => ({ ...d, start: d.start + shift, end: d.end + shift })),
  );
  const acts = read
    .filter(
      (d) =>
        d.kind === 'official-act' &&
        d.verbal &&
        d.triggerStart >= shift &&
        ACTED_ON.test(d.segment.text.slice(d.triggerEnd)) &&
        !AFTER_HEADING.test(d.segment.text.slice(shift, d.triggerStart)),
    )
    .map((d) => ({
      ...d,
      segment,
      triggerStart: d.triggerStart - shift,
      triggerEnd: d.triggerEnd - shift,
    }));
  return acts.length > 0 ? [...found, ...acts] : found;
}
