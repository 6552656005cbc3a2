import type { EventsFile } from '../data/eventSchema.ts';
import { serializeEventsFile } from './serializeEventsFile.ts';
import type { FilePart } from './writePartsAtomically.ts';

/** The `sources` key as serializeEventsFile writes it for an empty array, at the file's level. */
const EMPTY_SOURCES = '\n  "sources": []';

/**
 * serializeEventsFile(file) as parts whose UTF-8 bytes, one after the other, are its bytes,
 * with `chunks[i]` (the sourceChunk of `file.sources[i]`, made when its article was parsed)
 * standing in for each source: the rest of the file is serialised with no sources and the
 * chunks, joined, go where the sources go. At 5,000 articles the sources are a quarter of the file and
 * this saves the main thread serialising and encoding them after the workers are done. Only
 * the file's own level is indented by two spaces, and a JSON string holds no raw line break,
 * so the empty `sources` line found is the file's own key.
 */
export function serializeWithSourceChunks(file: EventsFile, chunks: readonly string[]): FilePart[] {
  if (chunks.length !== file.sources.length) {
    throw new Error(`${chunks.length} source chunks for ${file.sources.length} sources`);
  }
  const rest = serializeEventsFile({ ...file, sources: [] });
  if (chunks.length === 0) return [rest];
  const at = rest.indexOf(EMPTY_SOURCES);
  if (at < 0) throw new Error('the serialised file has no sources key');
  return [
    `${rest.slice(0, at)}\n  "sources": [\n`,
    chunks.join(',\n'),
    `\n  ]${rest.slice(at + EMPTY_SOURCES.length)}`,
  ];
}
