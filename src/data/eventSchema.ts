import { z } from 'zod';
import {
  PRECISIONS,
  SCHEMA_VERSION,
  SLUG,
  SOURCE_TEXT_FILE,
  STATUSES,
  THEMES,
  type Precision,
} from './eventConstants.ts';

export { PRECISIONS, SCHEMA_VERSION, SLUG, SOURCE_TEXT_FILE, STATUSES, THEMES };
export type { EventStatus, Precision, Theme } from './eventConstants.ts';

// Before any schema exists: zod's compiled fast path probes `new Function`, and under the app's
// CSP (no 'unsafe-eval') that probe is reported as a violation even though zod catches it.
z.config({ jitless: true });

export const themeSchema = z.enum(THEMES);

export const statusSchema = z.enum(STATUSES);

export const precisionSchema = z.enum(PRECISIONS);

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a date of exactly that precision ("2019-06" for month); shared with the fast check. */
export function matchesPrecision(value: string, precision: Precision): boolean {
  if (precision === 'day') return DAY.test(value) && isRealDay(value);
  if (precision === 'month') return MONTH.test(value);
  if (precision === 'year') return YEAR.test(value);
  return false;
}

/** Rejects 2026-02-30 and friends, which the pattern alone lets through. */
export function isRealDay(value: string): boolean {
  // Arithmetic, not a Date round trip: 100,000 events at load made that a noticeable cost.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** "YYYY", "YYYY-MM" or a real "YYYY-MM-DD", as `end` takes. */
export function isPartialDate(v: string): boolean {
  return YEAR.test(v) || MONTH.test(v) || (DAY.test(v) && isRealDay(v));
}

/** A partial ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") as used by `end`. */
const partialDate = z.string().refine(isPartialDate, {
  message: 'expected YYYY, YYYY-MM or YYYY-MM-DD',
});

export const eventDateSchema = z
  .object({
    start: z.string().nullable(),
    end: partialDate.optional(),
    precision: precisionSchema,
    approximate: z.boolean(),
  })
  .superRefine((d, ctx) => {
    if (d.precision === 'unknown') {
      if (d.start !== null)
        ctx.addIssue({ code: 'custom', message: 'unknown precision needs start null' });
      return;
    }
    if (d.start === null || !matchesPrecision(d.start, d.precision)) {
      ctx.addIssue({ code: 'custom', message: `start does not match precision ${d.precision}` });
    }
    if (d.end !== undefined && d.start !== null && d.end < d.start) {
      ctx.addIssue({ code: 'custom', message: 'end is before start' });
    }
  });
export type EventDate = z.infer<typeof eventDateSchema>;

export const mentionSchema = z.object({
  sourceId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  attributedTo: z.string().min(1).optional(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const sourceSchema = z
  .object({
    id: z.string().min(1),
    file: z.string().min(1),
    title: z.string(),
    published: z
      .string()
      .refine((v) => DAY.test(v) && isRealDay(v), { message: 'expected YYYY-MM-DD' })
      .nullable(),
    /** The full text; absent when it is served in its own file (`textFile`, see the README). */
    text: z.string().optional(),
    textFile: z.string().regex(SOURCE_TEXT_FILE, 'expected sources/<hash>.json').optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
  })
  .refine((s) => s.text !== undefined || s.textFile !== undefined, {
    message: 'a source needs its text or a textFile',
  });
export type Source = z.infer<typeof sourceSchema>;

export const timelineEventSchema = z.object({
  id: z.string().regex(SLUG, 'id must be a kebab-case slug'),
  title: z.string().trim().min(1),
  summary: z.string(),
  date: eventDateSchema,
  status: statusSchema,
  themes: z.array(themeSchema).min(1),
  tags: z.array(z.string()),
  actors: z.array(z.string()),
  mentions: z.array(mentionSchema),
  notes: z.array(z.string()).optional(),
  kind: z.string().optional(),
  /** Why the pipeline is unsure of this event, for an editor to check; absent when it is sure. */
  review: z.array(z.string()).optional(),
  /** −10 (conflict) … +10 (cooperation): see src/pipeline/toneTable.ts. */
  tone: z.number().min(-10).max(10).optional(),
  /** The threads (stories) this event belongs to, by id; see `threads` on the file. */
  threadIds: z.array(z.string().regex(SLUG)).optional(),
  /** The event's weight on the timeline; the app computes one when absent (src/state/salience.ts). */
  salience: z.number().optional(),
  /** An editor's pin (curation `pin`): always drawn first. */
  pinned: z.boolean().optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** One story told over time: its events, by id, in date order. */
export const threadSchema = z.object({
  id: z.string().regex(SLUG, 'thread id must be a kebab-case slug'),
  title: z.string().trim().min(1),
  eventIds: z.array(z.string()).min(1),
});
export type Thread = z.infer<typeof threadSchema>;

/** The whole file, strict: every event must be valid. The pipeline emits through this. */
export const eventsFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    sources: z.array(sourceSchema),
    events: z.array(timelineEventSchema),
    /** Curation edits and merges that found no event to apply to, shown on the dev page. */
    curationWarnings: z.array(z.string()).optional(),
    threads: z.array(threadSchema).optional(),
  })
  .superRefine((file, ctx) => {
    for (const issue of eventsFileIssues(file)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type EventsFile = z.infer<typeof eventsFileSchema>;

/** A rule of the whole file that one event alone cannot break, and where it was broken. */
export interface FileIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The file-level rules of `eventsFileSchema` (unique ids, quotes that match their source,
 * threads that hold their events), for a file whose parts are already valid; empty when all
 * hold. Shared with the pipeline's own check, which must reject exactly what the schema does.
 */
export function eventsFileIssues(file: {
  sources: readonly Source[];
  events: readonly TimelineEvent[];
  threads?: readonly Thread[] | undefined;
}): FileIssue[] {
  const issues: FileIssue[] = [];
  checkThreads(file.events, file.threads ?? [], issues);
  const sources = new Map<string, Source>();
  for (const s of file.sources) sources.set(s.id, s);
  const ids = new Set<string>();
  for (let i = 0; i < file.events.length; i++) {
    const ev = file.events[i];
    if (ev === undefined) continue;
    if (ids.has(ev.id)) {
      issues.push({ path: ['events', i, 'id'], message: `duplicate id ${ev.id}` });
    }
    ids.add(ev.id);
    for (let j = 0; j < ev.mentions.length; j++) {
      const m = ev.mentions[j];
      if (m === undefined) continue;
      const source = sources.get(m.sourceId);
      // A text served in its own file is checked where it is read (the pipeline checked it
      // inline before splitting it off).
      const text = source?.text;
      if (source === undefined || m.end <= m.start || (text !== undefined && !quotes(text, m))) {
        issues.push({
          path: ['events', i, 'mentions', j],
          message: 'quote does not match its source text at its offsets',
        });
      }
    }
  }
  return issues;
}

/**
 * `text.slice(start, end) === quote`, without copying the slice when the offsets are whole and
 * inside the text (as the schema asks): the file's check does this for every mention.
 */
function quotes(text: string, m: { start: number; end: number; quote: string }): boolean {
  if (
    !Number.isInteger(m.start) ||
    !Number.isInteger(m.end) ||
    m.start < 0 ||
    m.end > text.length
  ) {
    return text.slice(m.start, m.end) === m.quote;
  }
  return m.quote.length === m.end - m.start && text.startsWith(m.quote, m.start);
}

/** Every thread names events that exist, and every event's threadIds name threads that hold it. */
function checkThreads(
  events: readonly TimelineEvent[],
  threads: readonly Thread[],
  issues: FileIssue[],
): void {
  const eventIds = new Set(events.map((e) => e.id));
  const members = new Map<string, Set<string>>();
  threads.forEach((thread, i) => {
    if (members.has(thread.id)) {
      issues.push({ path: ['threads', i, 'id'], message: `duplicate thread ${thread.id}` });
    }
    members.set(thread.id, new Set(thread.eventIds));
    thread.eventIds.forEach((id, j) => {
      if (!eventIds.has(id)) {
        issues.push({
          path: ['threads', i, 'eventIds', j],
          message: `thread ${thread.id} names unknown event ${id}`,
        });
      }
    });
  });
  events.forEach((ev, i) => {
    for (const threadId of ev.threadIds ?? []) {
      if (members.get(threadId)?.has(ev.id) !== true) {
        issues.push({
          path: ['events', i, 'threadIds'],
          message: `event ${ev.id} lists thread ${threadId}, which does not hold it`,
        });
      }
    }
  });
}
