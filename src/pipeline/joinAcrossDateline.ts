import { shiftDays } from './dates/calendarMath.ts';
import { isPerson } from './isPerson.ts';
import type { EventDraft } from './mergeDetections.ts';
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
  // Each call is looked for only among the calls of the day after it or the day before it, by
  // two indexes built once (each day shifted once), where asking every later call of the kind
  // parsed two dates per pair: on a year's news, most drafts are calls and most pairs are not.
  const byDay = new Map<string, number[]>();
  const byDayAfter = new Map<string, number[]>();
  const dayAfter: (string | null)[] = out.map(() => null);
  out.forEach((d, i) => {
    const start = d?.date?.start;
    if (d === null || d === undefined || !CLOCKED.has(d.kind) || !isDay(d) || start == null) {
      return;
    }
    const after = nextDay(start);
    dayAfter[i] = after;
    listOf(byDay, `${d.kind}|${start}`).push(i);
    listOf(byDayAfter, `${d.kind}|${after}`).push(i);
  });
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const after = dayAfter[i];
    const start = a?.date?.start;
    if (a === null || a === undefined || after == null || start == null) continue;
    // The later calls dated the day after a's, or the day before it, in the order of the drafts.
    const later = (map: Map<string, number[]>, key: string): number[] =>
      (map.get(key) ?? []).filter((j) => j > i);
    const candidates = [
      ...new Set([
        ...later(byDay, `${a.kind}|${after}`),
        ...later(byDayAfter, `${a.kind}|${start}`),
      ]),
    ].sort((x, y) => x - y);
    for (const j of candidates) {
      const b = out[j];
      if (b === null || b === undefined) continue;
      if (!samePeople(a, b) || shareArticle(a, b)) continue;
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

function listOf(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** The day after an ISO day: one of the two days a call told across the date line may have. */
function nextDay(day: string): string | null {
  return shiftDays(day, 1, false).start;
}

function isDay(d: EventDraft): boolean {
  return d.date?.precision === 'day' && d.date.start !== null && d.date.end === undefined;
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
