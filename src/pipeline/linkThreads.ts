import type { EventDate, Thread, TimelineEvent } from '../data/eventSchema.ts';
import { THREAD_RULES, type ThreadRule } from './threadRules.ts';

const DAY_MS = 86_400_000;

interface Placed {
  event: TimelineEvent;
  /** Days since the epoch, inclusive. */
  from: number;
  to: number;
}

/**
 * Links events into threads, one story told over time: for each rule, events with the same
 * story key are chained in date order while the gap to the previous event stays under the
 * rule's limit. Events dated only to a year join the chain their year overlaps; undated ones
 * join a chain whose event is told in the same sentence. A thread's id is its story key and its
 * anchor event (see anchorOf), never a date, so it survives new articles that add events around
 * it. Pure and deterministic.
 */
export function linkThreads(
  events: readonly TimelineEvent[],
  /** Ids of the known-events registry, in the order the registry lists them. */
  registryIds: readonly string[],
  rules: readonly ThreadRule[] = THREAD_RULES,
): Thread[] {
  const registryRank = new Map(registryIds.map((id, i) => [id, i]));
  // Every rule chains by the same days: an event's are worked out once, not once per rule.
  const days = new Map<TimelineEvent, { from: number; to: number } | null>();
  const placeOf = (event: TimelineEvent): { from: number; to: number } | null => {
    let placed = days.get(event);
    if (placed === undefined) {
      placed = place(event.date);
      days.set(event, placed);
    }
    return placed;
  };
  // The sentences an event is told in, for the undated events of every rule's chains.
  const sentences = new Map<TimelineEvent, string[]>();
  const sentencesOf = (event: TimelineEvent): string[] => {
    let keys = sentences.get(event);
    if (keys === undefined) {
      keys = event.mentions.map(sentenceKey);
      sentences.set(event, keys);
    }
    return keys;
  };
  const threads: Thread[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const groups = new Map<string, { label: string; events: TimelineEvent[] }>();
    for (const event of events) {
      const key = rule.keyOf(event);
      if (key === null) continue;
      const group = groups.get(key.key) ?? { label: key.label, events: [] };
      group.events.push(event);
      groups.set(key.key, group);
    }
    for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (const chain of chainEvents(group.events, rule.maxGapDays, placeOf, sentencesOf)) {
        if (chain.length < 2) continue;
        if (rule.core !== undefined && !chain.some(rule.core)) continue;
        const ordered = sortByDate(chain);
        const eventIds = ordered.map((e) => e.id);
        // Two rules telling the same story (every tariff step also about chips) keep one thread.
        const signature = eventIds.join(' ');
        if (seen.has(signature)) continue;
        seen.add(signature);
        const anchor = anchorOf(ordered, registryRank, rule.core ?? (() => true));
        threads.push({
          id: anchor.startsWith(`${key}-`) ? anchor : `${key}-${anchor}`,
          title: `${group.label}, ${yearSpan(ordered)}`,
          eventIds,
        });
      }
    }
  }
  return threads;
}

/**
 * The event a thread is named after: of its events the known-events registry lists, the one
 * listed first (preferring the story's core), since the registry's order is an editor's and
 * does not move when articles add events around it. Without one, the first core event dated to
 * a day or month ("2025" alone sorts before April and is too vague to name a story by).
 */
function anchorOf(
  ordered: readonly TimelineEvent[],
  registryRank: ReadonlyMap<string, number>,
  core: (event: TimelineEvent) => boolean,
): string {
  const known = ordered
    .filter((e) => registryRank.has(e.id))
    .sort(
      (a, b) =>
        Number(core(b)) - Number(core(a)) ||
        (registryRank.get(a.id) ?? 0) - (registryRank.get(b.id) ?? 0),
    );
  const pointed = ordered.filter((e) => e.date.precision === 'day' || e.date.precision === 'month');
  const anchor = known[0] ?? pointed.find(core) ?? pointed[0] ?? ordered[0];
  return anchor?.id ?? 'thread';
}

function chainEvents(
  events: readonly TimelineEvent[],
  maxGapDays: number,
  placeOf: (event: TimelineEvent) => { from: number; to: number } | null,
  sentencesOf: (event: TimelineEvent) => readonly string[],
): TimelineEvent[][] {
  const pointed: Placed[] = [];
  const loose: Placed[] = [];
  const undated: TimelineEvent[] = [];
  for (const event of events) {
    const placed = placeOf(event);
    if (placed === null) undated.push(event);
    else if (event.date.precision === 'year') loose.push({ event, ...placed });
    else pointed.push({ event, ...placed });
  }
  pointed.sort((a, b) => a.from - b.from || compareIds(a.event, b.event));

  const chains: Array<{ members: TimelineEvent[]; from: number; to: number }> = [];
  for (const p of pointed) {
    const last = chains.at(-1);
    if (last !== undefined && p.from - last.to <= maxGapDays) {
      last.members.push(p.event);
      last.to = Math.max(last.to, p.to);
    } else {
      chains.push({ members: [p.event], from: p.from, to: p.to });
    }
  }
  // A year says too little to bridge two stories: it joins the first chain it overlaps. The
  // chains are disjoint and in date order, so that is the first one ending on or after the
  // year's first day, if it starts by the year's last: found by halving, not by a scan.
  for (const p of loose) {
    const chain = chains[firstEndingFrom(chains, p.from)];
    if (chain !== undefined && chain.from <= p.to) chain.members.push(p.event);
  }
  if (undated.length === 0) return chains.map((c) => c.members);
  // Each sentence points at the first chain telling it: one lookup per mention, not a scan.
  const chainOfSentence = new Map<string, number>();
  chains.forEach((c, i) => {
    for (const m of c.members) {
      for (const key of sentencesOf(m)) if (!chainOfSentence.has(key)) chainOfSentence.set(key, i);
    }
  });
  for (const event of undated) {
    const found = sentencesOf(event).map((key) => chainOfSentence.get(key) ?? Infinity);
    const chain = chains[Math.min(Infinity, ...found)];
    if (chain !== undefined) chain.members.push(event);
  }
  return chains.map((c) => c.members);
}

/** The index of the first of `chains` (sorted, disjoint) with `to` ≥ `day`; the length if none. */
function firstEndingFrom(chains: readonly { to: number }[], day: number): number {
  let low = 0;
  let high = chains.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((chains[mid]?.to ?? Infinity) < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sentenceKey(m: { sourceId: string; start: number }): string {
  return `${m.sourceId}:${m.start}`;
}

/** The days a date covers: "2025-04" is the whole of April. Null when the date is unknown. */
function place(date: EventDate): { from: number; to: number } | null {
  if (date.start === null) return null;
  const from = firstDay(date.start);
  const to = lastDay(date.end ?? date.start);
  return from === null || to === null ? null : { from, to: Math.max(from, to) };
}

function firstDay(value: string): number | null {
  const [y, m = '01', d = '01'] = value.split('-');
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

function lastDay(value: string): number | null {
  const parts = value.split('-');
  const y = Number(parts[0]);
  if (parts.length === 1) return Math.floor(Date.UTC(y, 11, 31) / DAY_MS);
  const m = Number(parts[1]);
  if (parts.length === 2) return Math.floor(Date.UTC(y, m, 0) / DAY_MS);
  return firstDay(value);
}

/** The file's own order: by date.start, undated last, then id. */
export function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => {
    const da = a.date.start ?? '\uffff';
    const db = b.date.start ?? '\uffff';
    if (da !== db) return da < db ? -1 : 1;
    return compareIds(a, b);
  });
}

function compareIds(a: TimelineEvent, b: TimelineEvent): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function yearSpan(events: readonly TimelineEvent[]): string {
  const years = events.flatMap((e) => (e.date.start === null ? [] : [e.date.start.slice(0, 4)]));
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return 'undated';
  return first === last ? first : `${first}–${last}`;
}
