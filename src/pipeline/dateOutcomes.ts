import type { EventKind } from './kinds/allKinds.ts';
import type { EventDraft } from './mergeDetections.ts';

/** Kinds an encounter produces: what the leaders agreed when they met. */
const OUTCOMES: ReadonlySet<EventKind> = new Set(['dialogue-restored', 'fentanyl-curbs']);
/** Encounters whose day is the day of what they agreed. */
export const ENCOUNTERS: ReadonlySet<EventKind> = new Set(['meeting', 'talks', 'phone-call']);
/** How far after the encounter's last mention its outcomes are told, in characters. */
const REACH = 1200;

/**
 * "Biden and Xi met at the estate on Wednesday. … After four hours of talks, the two leaders
 * agreed to restore military-to-military communication." An outcome told without a date, soon
 * after a dated encounter of its article, was agreed at that encounter and takes its date.
 * Only drafts told by one article, with no registry entry, are dated this way.
 */
export function dateOutcomes(drafts: readonly EventDraft[]): EventDraft[] {
  if (!drafts.some((d) => d.date === null && OUTCOMES.has(d.kind))) return [...drafts];
  return drafts.map((draft) => {
    if (draft.date !== null || !OUTCOMES.has(draft.kind) || draft.knownEventId !== undefined) {
      return draft;
    }
    const first = draft.detections[0];
    if (first === undefined || draft.detections.some((d) => d.sourceId !== first.sourceId)) {
      return draft;
    }
    const host = encounterBefore(drafts, first.sourceId, first.segment.start);
    if (host?.date == null) return draft;
    const date = host.date;
    return {
      ...draft,
      date,
      detections: draft.detections.map((d) => ({ ...d, date, dateSource: 'text' as const })),
    };
  });
}

/** The dated encounter whose mention in the article comes last before `at`, within REACH. */
function encounterBefore(
  drafts: readonly EventDraft[],
  sourceId: string,
  at: number,
): EventDraft | undefined {
  let best: EventDraft | undefined;
  let bestAt = -1;
  for (const draft of drafts) {
    if (draft.date === null || !ENCOUNTERS.has(draft.kind)) continue;
    for (const d of draft.detections) {
      const start = d.segment.start;
      if (d.sourceId !== sourceId || d.date === null || start >= at || at - start > REACH) continue;
      if (start > bestAt) {
        best = draft;
        bestAt = start;
      }
    }
  }
  return best;
}
