import { extractDates } from './extractDates.ts';
import type { Detection, Segment } from './pipelineTypes.ts';

/**
 * "CALENDAR", "What to watch next week", "Key dates", an investor note's "Next catalysts": a heading
 * over a list of days ahead, each
 * line a step of the story's measure still to come.
 */
const CALENDAR_HEADING =
  /^\W*(?:calendar|key\s+dates|dates\s+to\s+watch|what\s+to\s+watch|coming\s+up|the\s+week\s+ahead|upcoming|next\s+steps|timeline\s+ahead|(?:next\s+|upcoming\s+|key\s+)?catalysts|looking\s+ahead|what\s+comes\s+next)\b/i;

/** "- Oct. 3: public hearing on the tariff plan": a bullet, a day, a colon, the step. */
const LINE = /^\s*[-–—•*·]\s*/;
const AFTER_DAY = /^\s*[:–—-]\s*/;

/** What a side does on a day: a hearing, a deadline, a vote, a start, a meeting. */
const STEP =
  /\b(?:deadlines?|hearings?|comments?|testimony|testify|votes?|voting|rulings?|decisions?|verdicts?|takes?\s+effect|in(?:to)?\s+force|expir\w*|lapses?|talks|summit|meeting|visit|tariffs?|duties|rules?|bans?|sanctions|reviews?|determination|submissions?)\b/i;
/** "Council webinar (members only)": the publisher's own diary, no act of either side. */
const OWN_DIARY =
  /\b(?:webinars?|members?(?:\s+|-)only|our\s+(?:members|council|office|staff)|newsletter|subscribers?|podcast|conference\s+call\s+for\s+members)\b/i;

/** Whether a heading opens a calendar of days ahead. */
export function isCalendarHeading(text: string): boolean {
  return CALENDAR_HEADING.test(text);
}

/**
 * "CALENDAR / - Oct. 3: public hearing on the tariff plan" under a story of a tariff plan
 * announced on September 2: a line of the calendar is the story's measure's next step, planned
 * for its day, told by the line itself. `lead` is the story's first act done on a day, whose
 * side and subject the step shares. A day not ahead of `published` is no plan, and a line of
 * the publisher's own diary is no act of a side.
 */
export function calendarLine(
  segment: Segment,
  published: string | null,
  lead: Detection | undefined,
): Detection | null {
  if (published === null || lead === undefined) return null;
  const bullet = LINE.exec(segment.text);
  if (bullet === null) return null;
  const at = bullet[0].length;
  const day = extractDates(segment.text, { published, anchor: published }).find(
    (d) => d.start === at,
  );
  if (day === undefined || day.date.precision !== 'day' || day.date.start === null) return null;
  if (day.date.start <= published) return null;
  const colon = AFTER_DAY.exec(segment.text.slice(day.end));
  if (colon === null) return null;
  const stepStart = day.end + colon[0].length;
  const step = segment.text.slice(stepStart);
  if (!STEP.test(step) || OWN_DIARY.test(step)) return null;
  return {
    kind: 'deadline',
    sourceId: lead.sourceId,
    segment,
    triggerStart: stepStart,
    triggerEnd: segment.text.length,
    verbal: true,
    anaphoric: false,
    hypothetical: false,
    status: 'planned',
    date: day.date,
    actors: [...lead.actors],
    places: [],
    themes: [...lead.themes],
    tags: ['deadline', ...lead.tags.filter((t) => t !== lead.kind)],
    action: '',
    dateSource: 'text',
    notes: [],
  };
}
