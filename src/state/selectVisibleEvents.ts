import { THEMES } from '../data/eventConstants.ts';
import type { Theme, TimelineEvent } from '../data/eventSchema.ts';
import { RecentResults } from './recentResults.ts';
import type { TimelineState } from './timelineStore.ts';

// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, accents stripped: "Xí" and "XI" both match "xi". */
export function normaliseForSearch(text: string): string {
  // Plain ASCII has no accents to strip: at 100,000 events most haystacks skip the NFD pass.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// One haystack per event, built once per events array; searching 20,000 events then costs a
// substring scan per keystroke instead of re-normalising every field each time.
const haystacks = new WeakMap<TimelineEvent, string>();

function haystackOf(ev: TimelineEvent): string {
  let h = haystacks.get(ev);
  if (h === undefined) {
    h = normaliseForSearch(
      [
        ev.title,
        ev.summary,
        ev.actors.join(' '),
        ev.tags.join(' '),
        ...ev.mentions.map((m) => m.quote),
      ].join('\n'),
    );
    haystacks.set(ev, h);
  }
  return h;
}

// The same haystacks side by side with a whole events array, once warmSearchIndex is done: the
// first letter typed then scans an array instead of making 100,000 WeakMap look-ups.
const haystacksInOrder = new WeakMap<readonly TimelineEvent[], readonly string[]>();

/**
 * Builds the search haystacks ahead of the first keystroke, a slice at a time so the page stays
 * responsive: otherwise the first letter typed pays for normalising every event at once.
 * Returns a function that stops the work (for unmount or new data).
 */
export function warmSearchIndex(events: readonly TimelineEvent[], sliceSize = 1000): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inOrder: string[] = [];
  const step = () => {
    const end = Math.min(events.length, next + sliceSize);
    for (; next < end; next++) {
      const ev = events[next];
      if (ev !== undefined) inOrder.push(haystackOf(ev));
    }
    if (next < events.length) timer = setTimeout(step, 0);
    else haystacksInOrder.set(events, inOrder);
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}

/** Splits a query into normalised terms; every term must appear somewhere in the event. */
export function queryTerms(query: string): string[] {
  return normaliseForSearch(query).split(/\s+/).filter(Boolean);
}

export function matchesQuery(ev: TimelineEvent, terms: readonly string[]): boolean {
  return terms.length === 0 || containsAll(haystackOf(ev), terms);
}

/** A loop, not every(): no closure per event when a keystroke tests 100,000 of them. */
function containsAll(haystack: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!haystack.includes(t)) return false;
  return true;
}

/** An event with several themes shows while any of its themes is on. */
export function matchesThemes(ev: TimelineEvent, themes: readonly Theme[]): boolean {
  // A loop, not some(): no closure per event when a toggle runs this over 100,000 of them.
  for (const t of ev.themes) if (themes.includes(t)) return true;
  return false;
}

// The last few query results per events array. A keystroke that extends the query ("tar" then
// "tari") searches the previous result instead of every event, and the theme counts and the
// visible events share one scan per keystroke instead of running one each.
const recentQueries = new RecentResults<string[], readonly TimelineEvent[]>(
  4,
  (a, b) => a.join(' ') === b.join(' '),
);

/** Every event an old term set matches contains each new term's text when this holds. */
function narrows(newTerms: readonly string[], oldTerms: readonly string[]): boolean {
  return oldTerms.every((o) => newTerms.some((n) => n.includes(o)));
}

/**
 * The events matching the query, whatever the themes, in data order. The events array itself
 * for an empty query; the same array again for a query seen a moment ago.
 */
export function eventsMatchingQuery(
  events: readonly TimelineEvent[],
  query: string,
): readonly TimelineEvent[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return events;
  const hit = recentQueries.get(events, terms);
  if (hit !== undefined) return hit;
  // The narrowest earlier result this query can only narrow further: a subset, still in order.
  let from: readonly TimelineEvent[] = events;
  for (const r of recentQueries.for(events)) {
    if (r.value.length < from.length && narrows(terms, r.key)) from = r.value;
  }
  const result: TimelineEvent[] = [];
  const inOrder = from === events ? haystacksInOrder.get(events) : undefined;
  if (inOrder !== undefined && inOrder.length === events.length) {
    for (let i = 0; i < inOrder.length; i++) {
      const h = inOrder[i] ?? '';
      const ev = events[i];
      if (ev !== undefined && containsAll(h, terms)) result.push(ev);
    }
  } else {
    for (const ev of from) if (containsAll(haystackOf(ev), terms)) result.push(ev);
  }
  return recentQueries.add(events, terms, result);
}

export function filterEvents(
  events: readonly TimelineEvent[],
  themes: readonly Theme[],
  query: string,
): TimelineEvent[] {
  const matching = eventsMatchingQuery(events, query);
  // Every event has a theme, so with all of them on there is nothing left to test.
  if (THEMES.every((t) => themes.includes(t))) return matching.slice();
  return matching.filter((ev) => matchesThemes(ev, themes));
}

/** Only the thread's events; an unknown thread (a stale link) filters nothing. */
function inThread(
  events: TimelineEvent[],
  thread: { eventIds: readonly string[] } | undefined,
): TimelineEvent[] {
  if (thread === undefined) return events;
  const ids = new Set(thread.eventIds);
  return events.filter((e) => ids.has(e.id));
}

/**
 * The last few filter results, newest last. Switching a theme off and on again, or deleting the
 * letter just typed, gives back the very array of before, so everything derived from it by
 * identity (the list's rows, the timeline index, the density counts) is found again instead of
 * rebuilt: at 100,000 events that is most of the cost of a toggle.
 */
const recentFilters = new RecentResults<{ key: string; thread: unknown }, TimelineEvent[]>(
  4,
  (a, b) => a.key === b.key && a.thread === b.thread,
);

/**
 * The events that pass the current filters, in data order. Returns the same array while events,
 * themes and query are unchanged (and for a filter seen a moment ago), so subscribers can
 * compare by identity.
 */
export function selectVisibleEvents(
  state: Pick<TimelineState, 'events' | 'themes' | 'query'> &
    Partial<Pick<TimelineState, 'reviewOnly' | 'threadId' | 'threadsById'>>,
): TimelineEvent[] {
  const reviewOnly = state.reviewOnly === true;
  const thread = state.threadId == null ? undefined : state.threadsById?.get(state.threadId);
  // The query as typed: "Xi" and "xi " are different URLs, but the same terms would be too
  // clever a key for a cache this small.
  const key = { key: `${state.themes.join(',')}|${String(reviewOnly)}|${state.query}`, thread };
  const hit = recentFilters.get(state.events, key);
  if (hit !== undefined) return hit;
  const matching = inThread(filterEvents(state.events, state.themes, state.query), thread);
  return recentFilters.add(state.events, key, reviewOnly ? matching.filter(needsReview) : matching);
}

/** Dev mode's "Needs review" filter: the pipeline left reasons to doubt the event. */
export function needsReview(ev: TimelineEvent): boolean {
  return ev.review !== undefined && ev.review.length > 0;
}
