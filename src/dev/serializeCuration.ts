import type { CurationDocument } from './applyCurationRequest.ts';

const TOP = ['merges', 'edits'];
const MERGE = ['into', 'from'];
const EDIT = ['id', 'title', 'summary', 'date', 'status', 'themes', 'addNotes', 'hide', 'checked'];
const DATE = ['start', 'end', 'precision', 'approximate'];

/**
 * Stable text for curation.json: 2-space JSON, a trailing newline, keys in one fixed order (the
 * ones this code does not know after, as they were), so saving the same edit twice changes no
 * byte and a new edit shows in `git diff` as the lines it adds.
 */
export function serializeCuration(doc: CurationDocument): string {
  const ordered = {
    ...orderKeys(doc, TOP),
    merges: doc.merges.map((m) => orderKeys(m, MERGE)),
    edits: doc.edits.map((e) => {
      const edit = orderKeys(e, EDIT);
      return e.date === undefined ? edit : { ...edit, date: orderKeys(e.date, DATE) };
    }),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderKeys<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value);
  const rank = (key: string): number => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  // Array.prototype.sort is stable: unknown keys keep their original order among themselves.
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}
