import type { CurationEdit, CurationMerge } from '../pipeline/curationSchema.ts';
import type { CurationRequest } from './curationRequestSchema.ts';

/** curation.json as read from disk: fields this code does not know are kept, never dropped. */
export interface CurationDocument {
  [key: string]: unknown;
  merges: (CurationMerge & Record<string, unknown>)[];
  edits: (CurationEdit & Record<string, unknown>)[];
}

/**
 * Folds one request from the page into the curation file. An event that already has an edit
 * keeps one: new fields win, notes add up. A merge into an event already merged into gains the
 * new sources. Edits are sorted by id and merges by target, so the file diffs well.
 */
export function applyCurationRequest(
  current: CurationDocument,
  request: CurationRequest,
): CurationDocument {
  let edits = current.edits;
  let merges = current.merges;
  const { edit, merge } = request;
  if (edit !== undefined) {
    const previous = edits.find((e) => e.id === edit.id);
    const notes = [...new Set([...(previous?.addNotes ?? []), ...(edit.addNotes ?? [])])];
    const combined = { ...previous, ...edit, ...(notes.length > 0 ? { addNotes: notes } : {}) };
    edits = [...edits.filter((e) => e.id !== edit.id), combined];
  }
  if (merge !== undefined) {
    const previous = merges.find((m) => m.into === merge.into);
    const from = [...new Set([...(previous?.from ?? []), ...merge.from])];
    merges = [...merges.filter((m) => m.into !== merge.into), { ...previous, ...merge, from }];
  }
  return {
    ...current,
    merges: [...merges].sort((a, b) => compare(a.into, b.into)),
    edits: [...edits].sort((a, b) => compare(a.id, b.id)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
