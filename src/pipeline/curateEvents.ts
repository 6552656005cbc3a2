import type { TimelineEvent } from '../data/eventSchema.ts';
import type { Curation } from './curationSchema.ts';

/**
 * Applies an editor's corrections: merges first (so edits can target the merged event), then
 * per-event edits, hiding last. Unknown ids are reported, never fatal: an edit may outlive
 * the article that produced its event.
 */
export function curateEvents(
  events: TimelineEvent[],
  curation: Curation,
): { events: TimelineEvent[]; warnings: string[] } {
  const warnings: string[] = [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const removed = new Set<string>();

  for (const merge of curation.merges) {
    const into = byId.get(merge.into);
    if (into === undefined) {
      warnings.push(`curation: cannot merge into unknown event "${merge.into}"`);
      continue;
    }
    for (const fromId of merge.from) {
      const from = byId.get(fromId);
      if (from === undefined || fromId === merge.into) {
        warnings.push(`curation: cannot merge unknown event "${fromId}" into "${merge.into}"`);
        continue;
      }
      byId.set(merge.into, mergeEvents(byId.get(merge.into) ?? into, from));
      byId.delete(fromId);
      removed.add(fromId);
    }
  }

  for (const edit of curation.edits) {
    const event = byId.get(edit.id);
    if (event === undefined) {
      warnings.push(`curation: no event with id "${edit.id}" to edit`);
      continue;
    }
    if (edit.hide === true) {
      byId.delete(edit.id);
      removed.add(edit.id);
      continue;
    }
    const notes = [...(event.notes ?? []), ...(edit.addNotes ?? [])];
    byId.set(edit.id, {
      // An editor has looked at the event (edited it or marked it checked): no doubt is left.
      ...withoutReview(event),
      ...(edit.title !== undefined ? { title: edit.title } : {}),
      ...(edit.summary !== undefined ? { summary: edit.summary } : {}),
      ...(edit.date !== undefined ? { date: edit.date } : {}),
      ...(edit.themes !== undefined ? { themes: edit.themes } : {}),
      ...(edit.status !== undefined ? { status: edit.status } : {}),
      ...(edit.tone !== undefined ? { tone: edit.tone } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(edit.pin !== undefined ? { pinned: edit.pin } : {}),
    });
  }

  const kept = events.filter((e) => !removed.has(e.id)).map((e) => byId.get(e.id) ?? e);
  return { events: kept, warnings };
}

function withoutReview(event: TimelineEvent): TimelineEvent {
  const copy = { ...event };
  delete copy.review;
  return copy;
}

function mergeEvents(into: TimelineEvent, from: TimelineEvent): TimelineEvent {
  const seen = new Set(into.mentions.map((m) => `${m.sourceId}:${m.start}`));
  const mentions = [
    ...into.mentions,
    ...from.mentions.filter((m) => !seen.has(`${m.sourceId}:${m.start}`)),
  ];
  const notes = [...new Set([...(into.notes ?? []), ...(from.notes ?? [])])];
  return {
    ...into,
    themes: [...new Set([...into.themes, ...from.themes])],
    tags: [...new Set([...into.tags, ...from.tags])].sort(),
    actors: [...new Set([...into.actors, ...from.actors])],
    mentions,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
