import { z } from 'zod';
import {
  SCHEMA_VERSION,
  sourceSchema,
  threadSchema,
  timelineEventSchema,
  type EventsFile,
  type Source,
  type Thread,
  type TimelineEvent,
} from './eventSchema.ts';
import { isPlainValidEvent } from './isPlainValidEvent.ts';

export type LoadResult =
  { ok: true; file: EventsFile; skipped: number } | { ok: false; error: string };

export interface LoadOptions {
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
  /** Where the app is served from; the data file lives at `<baseUrl>data/events.json`. */
  baseUrl?: string;
}

// Loose outer shape: each event is checked on its own so one bad event costs only itself.
const envelopeSchema = z.object({
  schemaVersion: z.unknown(),
  sources: z.array(z.unknown()),
  events: z.array(z.unknown()),
  threads: z.array(z.unknown()).optional(),
});

/**
 * Fetches and validates events.json. Never throws: a missing file, broken JSON or a different
 * schema version is an error the app shows with a retry; invalid events are left out and counted.
 */
export async function loadEvents(options: LoadOptions = {}): Promise<LoadResult> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = `${options.baseUrl ?? import.meta.env.BASE_URL}data/events.json`;
  let body: string;
  try {
    const response = await doFetch(url, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, error: describeHttpFailure(url, response) };
    body = await response.text();
  } catch {
    return {
      ok: false,
      error:
        'The data file could not be requested: the network request failed. Check your connection, then try again.',
    };
  }
  return parseEventsFile(body);
}

/** What a failed answer means for the reader: a missing file is not a connection problem. */
function describeHttpFailure(url: string, response: Response): string {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 404) {
    return `The data file could not be loaded: ${url} answered ${status}, so the site has no events file yet. If you run this site, generate it with npm run parse (npm run dev and npm run build do it too).`;
  }
  if (response.status >= 500) {
    return `The data file could not be loaded: ${url} answered ${status}, a problem on the server. Try again in a moment.`;
  }
  return `The data file could not be loaded: ${url} answered ${status}.`;
}

/** The validation half of loadEvents, separate so it can be tested without a fetch. */
export function parseEventsFile(body: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      ok: false,
      error: /^\s*</.test(body)
        ? 'The data file is not valid JSON: the server answered with a web page instead. If you run this site, regenerate the data (npm run parse) or restart npm run dev.'
        : 'The data file is not valid JSON: it is damaged or cut short. If you run this site, regenerate it with npm run parse.',
    };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      error:
        'The data file does not have the expected shape (sources and events): it was not made by this app’s pipeline. If you run this site, regenerate it with npm run parse.',
    };
  }
  const { schemaVersion } = envelope.data;
  if (schemaVersion !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: `The data file has schema version ${describe(schemaVersion)}; this app reads version ${SCHEMA_VERSION}. Reload the page to get the current app; if you run this site, regenerate the data with npm run parse.`,
    };
  }

  const sources: Source[] = [];
  for (const raw of envelope.data.sources) {
    const parsed = sourceSchema.safeParse(raw);
    if (parsed.success) sources.push(parsed.data);
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const raw of envelope.data.events) {
    const event = isPlainValidEvent(raw) ? raw : checkedByZod(raw);
    if (event === null || ids.has(event.id) || !quotesMatch(event, byId)) {
      skipped++;
      continue;
    }
    ids.add(event.id);
    events.push(event);
  }
  const raw = envelope.data.threads;
  // Older files have no threads; their shape stays exactly what it was.
  const threads = raw === undefined ? {} : { threads: parseThreads(raw, ids) };
  return {
    ok: true,
    file: { schemaVersion: SCHEMA_VERSION, sources, events, ...threads },
    skipped,
  };
}

/** The full schema, for the few events the fast check is not sure of; null when invalid. */
function checkedByZod(raw: unknown): TimelineEvent | null {
  const parsed = timelineEventSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Threads are a reading aid: a bad one is left out, and ids of left-out events are dropped. */
function parseThreads(raw: unknown[], eventIds: ReadonlySet<string>): Thread[] {
  const threads: Thread[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const parsed = threadSchema.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.id)) continue;
    const ids = parsed.data.eventIds.filter((id) => eventIds.has(id));
    if (ids.length === 0) continue;
    seen.add(parsed.data.id);
    threads.push({ ...parsed.data, eventIds: ids });
  }
  return threads;
}

/**
 * A quote that is not where it claims to be would highlight the wrong sentence in the article.
 * A text served in its own file is not here yet: its quotes are checked when the article opens.
 */
function quotesMatch(ev: TimelineEvent, sources: ReadonlyMap<string, Source>): boolean {
  return ev.mentions.every((m) => {
    const source = sources.get(m.sourceId);
    if (source === undefined || m.end <= m.start) return false;
    const text = source.text;
    if (text === undefined) return true;
    // `text.slice(m.start, m.end) === m.quote` without making 100,000 substrings at load.
    const stop = Math.min(m.end, text.length);
    return m.quote.length === stop - m.start && text.startsWith(m.quote, m.start);
  });
}

function describe(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
