import type { EventDate } from '../data/eventSchema.ts';
import { shiftDays } from './dates/calendarMath.ts';
import { findNames } from './findNames.ts';
import type { Detection } from './pipelineTypes.ts';

const COUNT: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

/**
 * "The ban came a day after allied leaders agreed on a line against coercion": the story's news
 * ("the ban", "the move", "the decision", "Beijing's move"; "comes" in a headline or a scroll)
 * is the act its lead dates, and the act told after "came a day after" lies that many days
 * before it.
 */
const CAME_AFTER =
  /^(?:\d{1,2}[:.]\d{2}\s+)?(?:[\w’'-]+\s+){0,3}?(?:the|this|that|its|their|[\w-]+['’]s|[\w-]+)\s+(?:[\w-]+\s+)?(?:decision|move|ban|announcement|step|ruling|finding|order|measure)\s+(?:came|comes|was\s+announced|followed|follows)\s+(a|one|two|three|four)\s+days?\s+(after|before)\s/i;

/** CAME_AFTER's own words, tested first: most sentences have none. */
const DAYS_AFTER =
  /\b(?:came|comes|announced|followed|follows)\s+(?:a|one|two|three|four)\s+days?\s+(?:after|before)\s/i;

/**
 * The detection dated by the lead's day when its sentence tells it as "came N days after" the
 * story's news and gives it no date of its own; any other detection as it is.
 */
export function cameAfterLead(d: Detection, lead: EventDate | null): Detection {
  if (d.date !== null || lead?.start == null || lead.precision !== 'day' || !d.verbal) return d;
  if (!DAYS_AFTER.test(d.segment.text)) return d;
  const m = CAME_AFTER.exec(d.segment.text);
  if (m === null || m[0].length > d.triggerStart) return d;
  const days = (COUNT[(m[1] ?? '').toLowerCase()] ?? 0) * (/^after$/i.test(m[2] ?? '') ? -1 : 1);
  // "Beijing's move came a day after Washington curbed chip exports": the act after "after" is
  // Washington's, whoever made the move.
  const doer = findNames(d.segment.text.slice(m[0].length)).actors[0]?.name;
  const actors =
    doer !== undefined && d.actors.includes(doer)
      ? [doer, ...d.actors.filter((a) => a !== doer)]
      : d.actors;
  return { ...d, actors, date: shiftDays(lead.start, days, false), dateSource: 'text' };
}
