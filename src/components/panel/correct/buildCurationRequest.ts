import {
  eventDateSchema,
  type EventDate,
  type EventStatus,
  type Precision,
  type Theme,
  type TimelineEvent,
} from '../../../data/eventSchema.ts';
import type { CurationEdit } from '../../../pipeline/curationSchema.ts';
import type { CurationRequest } from '../../../dev/curationRequestSchema.ts';

/** The form's fields, as typed. */
export interface CorrectionDraft {
  title: string;
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  status: EventStatus;
  themes: Theme[];
  summary: string;
  note: string;
  hide: boolean;
  mergeInto: string | null;
}

export type DraftField = 'title' | 'date' | 'themes' | 'form';

export type BuiltRequest =
  | { ok: true; request: CurationRequest }
  | { ok: false; errors: Partial<Record<DraftField, string>> };

export function draftFromEvent(event: TimelineEvent): CorrectionDraft {
  return {
    title: event.title,
    start: event.date.start ?? '',
    end: event.date.end ?? '',
    precision: event.date.precision,
    approximate: event.date.approximate,
    status: event.status,
    themes: [...event.themes],
    summary: event.summary,
    note: '',
    hide: false,
    mergeInto: null,
  };
}

const PATTERN: Record<Precision, string> = {
  day: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  year: 'YYYY',
  unknown: '',
};

/**
 * Only what the editor changed goes into the edit, so curation.json says exactly what a person
 * decided: retitling an event records its title and nothing else.
 */
export function buildCurationRequest(event: TimelineEvent, draft: CorrectionDraft): BuiltRequest {
  const errors: Partial<Record<DraftField, string>> = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'The title cannot be empty.';
  if (draft.themes.length === 0) errors.themes = 'Choose at least one theme.';
  const date = dateOf(draft);
  if (typeof date === 'string') errors.date = date;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const edit: CurationEdit = { id: event.id };
  if (title !== event.title) edit.title = title;
  if (typeof date !== 'string' && !sameDate(date, event.date)) edit.date = date;
  if (draft.status !== event.status) edit.status = draft.status;
  if (!sameThemes(draft.themes, event.themes)) edit.themes = draft.themes;
  if (draft.summary.trim() !== event.summary.trim()) edit.summary = draft.summary.trim();
  if (draft.note.trim() !== '') edit.addNotes = [draft.note.trim()];
  if (draft.hide) edit.hide = true;

  const changed = Object.keys(edit).length > 1;
  const merge = draft.mergeInto === null ? undefined : { into: draft.mergeInto, from: [event.id] };
  if (!changed && merge === undefined) {
    return { ok: false, errors: { form: 'Nothing to save: no field was changed.' } };
  }
  return {
    ok: true,
    request: { ...(changed ? { edit } : {}), ...(merge !== undefined ? { merge } : {}) },
  };
}

/** An explicit "I looked, it is right": clears the review reasons and changes nothing else. */
export function checkedRequest(event: TimelineEvent): CurationRequest {
  return { edit: { id: event.id, checked: true } };
}

function dateOf(draft: CorrectionDraft): EventDate | string {
  if (draft.precision === 'unknown') {
    return { start: null, precision: 'unknown', approximate: draft.approximate };
  }
  const start = draft.start.trim();
  const end = draft.end.trim();
  const date: EventDate = {
    start,
    ...(end !== '' ? { end } : {}),
    precision: draft.precision,
    approximate: draft.approximate,
  };
  const parsed = eventDateSchema.safeParse(date);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? '';
  if (message.startsWith('start')) {
    return `Write the start as ${PATTERN[draft.precision]} (a real date) for precision “${draft.precision}”.`;
  }
  if (message.startsWith('end is before')) return 'The end cannot be before the start.';
  return 'Write the end as YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.';
}

function sameDate(a: EventDate, b: EventDate): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.precision === b.precision &&
    a.approximate === b.approximate
  );
}

function sameThemes(a: readonly Theme[], b: readonly Theme[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
