import type { EventsFile } from '../data/eventSchema.ts';
import { eventsFileJson } from './serializeEventsFile.ts';
import type { FilePart } from './writePartsAtomically.ts';

/** The `sources` key as serializeEventsFile writes it for an empty array, at the file's level. */
const EMPTY_SOURCES = '\n  "sources": []';
/** Between two sources in the array. */
const BETWEEN = Buffer.from(',\n', 'utf8');

/**
 * serializeEventsFile(file) as parts whose UTF-8 bytes, one after the other, are its bytes,
 * with `chunks[i]` (the sourceChunk of `file.sources[i]`, made when its article was parsed)
 * standing in for each source: the rest of the file is serialised with no sources and the
 * chunks, joined, go where the sources go. At 5,000 articles the sources are a quarter of the file and
 * this saves the main thread serialising and encoding them after the workers are done. Only
 * the file's own level is indented by two spaces, and a JSON string holds no raw line break,
 * so the empty `sources` line found is the file's own key.
 */
export function serializeWithSourceChunks(
  file: EventsFile,
  chunks: readonly FilePart[],
): FilePart[] {
  if (chunks.length !== file.sources.length) {
    throw new Error(`${chunks.length} source chunks for ${file.sources.length} sources`);
  }
  const rest = eventsFileJson({ ...file, sources: [] });
  if (chunks.length === 0) return [rest, '\n'];
  const at = rest.indexOf(EMPTY_SOURCES);
  if (at < 0) throw new Error('the serialised file has no sources key');
  // The chunks go out as they are, each its own part (bytes are written by writev, a few
  // calls for all of them), rather than joined into one 15 MB text first.
  const parts: FilePart[] = [`${rest.slice(0, at)}\n  "sources": [\n`];
  chunks.forEach((chunk, i) => {
    if (i > 0) parts.push(BETWEEN);
    parts.push(chunk);
  });
  // The rest of the file as a slice of its text, not joined to the bracket and the newline:
  // joined, the 40 MB of events would be copied into one new string before it is written.
  parts.push('\n  ]', rest.slice(at + EMPTY_SOURCES.length), '\n');
  return parts;
}
