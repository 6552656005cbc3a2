import type { Thread, TimelineEvent } from '../data/eventSchema.ts';
import type { CurationThread } from './curationSchema.ts';
import { sortByDate } from './linkThreads.ts';

/**
 * The editor's word on threads, after the pipeline linked its own: name a thread, add events to
 * it or take them out, drop it, or start a new one (a new id with `add`). Unknown event ids are
 * reported, never fatal; a thread left with fewer than two events is no story and is dropped.
 * Returns the threads with their events in date order, and each event with its `threadIds`.
 */
export function applyThreadCuration(
  events: readonly TimelineEvent[],
  linked: readonly Thread[],
  curation: readonly CurationThread[],
): { events: TimelineEvent[]; threads: Thread[]; warnings: string[] } {
  const warnings: string[] = [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const threads = new Map(linked.map((t) => [t.id, { ...t, eventIds: [...t.eventIds] }]));

  for (const edit of curation) {
    if (edit.hide === true) {
      if (!threads.delete(edit.id)) warnings.push(`curation: no thread "${edit.id}" to hide`);
      continue;
    }
    let thread = threads.get(edit.id);
    if (thread === undefined) {
      if (edit.add === undefined || edit.add.length === 0) {
        warnings.push(`curation: no thread "${edit.id}" to edit (a new thread needs "add")`);
        continue;
      }
      thread = { id: edit.id, title: edit.title ?? edit.id, eventIds: [] };
      threads.set(edit.id, thread);
    }
    if (edit.title !== undefined) thread.title = edit.title;
    for (const id of edit.add ?? []) {
      if (!byId.has(id))
        warnings.push(`curation: thread "${edit.id}" cannot add unknown event "${id}"`);
      else if (!thread.eventIds.includes(id)) thread.eventIds.push(id);
    }
    const removed = new Set(edit.remove ?? []);
    for (const id of removed) {
      if (!thread.eventIds.includes(id))
        warnings.push(`curation: thread "${edit.id}" has no event "${id}" to remove`);
    }
    thread.eventIds = thread.eventIds.filter((id) => !removed.has(id));
  }

  const kept: Thread[] = [];
  for (const thread of threads.values()) {
    // Ids of events hidden or merged away by the event curation are dropped silently.
    const members = sortByDate(thread.eventIds.flatMap((id) => byId.get(id) ?? []));
    if (members.length < 2) continue;
    kept.push({ ...thread, eventIds: members.map((e) => e.id) });
  }
  const threadIdsOf = new Map<string, string[]>();
  for (const thread of kept) {
    for (const id of thread.eventIds)
      threadIdsOf.set(id, [...(threadIdsOf.get(id) ?? []), thread.id]);
  }
  return {
    events: events.map((e) => {
      const threadIds = threadIdsOf.get(e.id);
      return threadIds === undefined ? e : { ...e, threadIds };
    }),
    threads: kept,
    warnings,
  };
}
