import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';

/** The titles of the events one article yields, with no registry and no curation. */
export function titlesOf(text: string, published: string): string[] {
  return buildEventsFile([{ file: 'a.txt', text, meta: { published } }], {
    knownEvents: [],
    curation: { merges: [], edits: [] },
  }).file.events.map((e) => e.title);
}
