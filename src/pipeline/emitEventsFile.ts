import {
  SCHEMA_VERSION,
  THEMES,
  type EventsFile,
  type Source,
  type Thread,
  type TimelineEvent,
} from '../data/eventSchema.ts';
import { checkEventsFile } from './checkEventsFile.ts';

/**
 * The final, validated file: events sorted by (date.start, id) with undated events last, so
 * the same input always yields the same order. Throws if the pipeline produced something the
 * schema rejects: that is a bug, never a property of the input.
 */
export function emitEventsFile(
  sources: Source[],
  events: TimelineEvent[],
  threads: Thread[] = [],
): EventsFile {
  const sorted = events
    .map((e) =>
      // Nearly every event lists its themes in order already: those need no copy.
      inThemeOrder(e.themes) ? e : { ...e, themes: THEMES.filter((t) => e.themes.includes(t)) },
    )
    .sort((a, b) => {
      const da = a.date.start ?? '\uffff';
      const db = b.date.start ?? '\uffff';
      if (da !== db) return da < db ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  // Threads in the order their stories begin, so the file reads like the timeline.
  const position = new Map(sorted.map((e, i) => [e.id, i]));
  const firstDate = (t: Thread) => position.get(t.eventIds[0] ?? '') ?? sorted.length;
  const orderedThreads = [...threads].sort(
    (a, b) => firstDate(a) - firstDate(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const file: EventsFile = {
    schemaVersion: SCHEMA_VERSION,
    sources,
    events: sorted,
    threads: orderedThreads,
  };
  const result = checkEventsFile(file);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `pipeline produced an invalid events file: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return result.data;
}

const THEME_RANK = new Map<string, number>(THEMES.map((t, i) => [t, i]));

/** Known themes, each once, in THEMES' order: what THEMES.filter would give back. */
function inThemeOrder(themes: readonly string[]): boolean {
  let last = -1;
  for (const t of themes) {
    const rank = THEME_RANK.get(t);
    if (rank === undefined || rank <= last) return false;
    last = rank;
  }
  return true;
}
