import { shiftDays } from './dates/calendarMath.ts';
import { isPerson, type EventDraft } from './mergeDetections.ts';
import { PERSON_NAME } from './shortName.ts';

/** Kinds told by both capitals on their own clocks: a call placed on a Washington evening. */
const CLOCKED = new Set(['phone-call']);

/**
 * Joins two calls that are one call told on both sides of the date line: "Biden spoke with Xi on
 * Wednesday evening" in a Washington paper and "Xi held a telephone conversation with Biden on
 * Thursday morning" in a Beijing one are one event, though their days differ by one. Only calls
 * told by different articles, dated to consecutive days, between the same two named people, and
 * only when neither article tells both: an article that dates two calls a day apart meant two.
 * The earlier day is kept, the day in the western hemisphere. Pure: the drafts passed in stay as
 * they were; a joined pair comes back as one new draft in the place of the first.
 */
export function joinAcrossDateline(drafts: readonly EventDraft[]): EventDraft[] {
  const out: (EventDraft | null)[] = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (a === null || a === undefined || !CLOCKED.has(a.kind) || !isDay(a)) continue;
    for (let j = i + 1; j < out.length; j++) {
      const b = out[j];
      if (b === null || b === undefined || b.kind !== a.kind || !isDay(b)) continue;
      if (!dayApart(a, b) || !samePeople(a, b) || shareArticle(a, b)) continue;
      if (a.knownEventId !== undefined && b.knownEventId !== undefined) continue;
      const [early, late] = (a.date?.start ?? '') <= (b.date?.start ?? '') ? [a, b] : [b, a];
      out[i] = {
        kind: a.kind,
        detections: [...a.detections, ...b.detections],
        ...((a.knownEventId ?? b.knownEventId)
          ? { knownEventId: a.knownEventId ?? b.knownEventId }
          : {}),
        date: early.date,
        actors: new Set([...early.actors, ...late.actors]),
        places: new Set([...early.places, ...late.places]),
        actions: new Set([...early.actions, ...late.actions]),
      };
      out[j] = null;
      break;
    }
  }
  return out.filter((d): d is EventDraft => d !== null);
}

function isDay(d: EventDraft): boolean {
  return d.date?.precision === 'day' && d.date.start !== null && d.date.end === undefined;
}

function dayApart(a: EventDraft, b: EventDraft): boolean {
  const x = a.date?.start;
  const y = b.date?.start;
  if (x == null || y == null) return false;
  return shiftDays(x, 1, false).start === y || shiftDays(y, 1, false).start === x;
}

/** Two people at least, named in both: "Joe Biden" and "Xi Jinping", not "United States". */
function samePeople(a: EventDraft, b: EventDraft): boolean {
  let shared = 0;
  for (const actor of a.actors) {
    if (b.actors.has(actor) && PERSON_NAME.test(actor) && isPerson(actor)) shared++;
  }
  return shared >= 2;
}

function shareArticle(a: EventDraft, b: EventDraft): boolean {
  const sources = new Set(a.detections.map((d) => d.sourceId));
  return b.detections.some((d) => sources.has(d.sourceId));
}
