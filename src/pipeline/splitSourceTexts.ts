import { createHash } from 'node:crypto';
import type { EventsFile, Source } from '../data/eventSchema.ts';

export interface SplitEventsFile {
  /** The file with each source's `text` replaced by a `textFile` in the same place. */
  file: EventsFile;
  /** Content of each text file, by its path relative to events.json. */
  texts: Map<string, string>;
}

/**
 * Moves every source's text out of events.json into `sources/<hash>.json` (`{ "text": "…" }`),
 * so the app's first load carries only titles, events and quotes. The name is a hash of the
 * text: a changed article gets a new file, never a stale one under the same name.
 */
export function splitSourceTexts(file: EventsFile): SplitEventsFile {
  const texts = new Map<string, string>();
  const sources = file.sources.map((source): Source => {
    const { text } = source;
    if (text === undefined) return source;
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 24);
    const textFile = `sources/${hash}.json`;
    texts.set(textFile, `${JSON.stringify({ text })}\n`);
    // Key by key, so textFile sits where text was and the output's order stays the contract's.
    return Object.fromEntries(
      Object.entries(source).map(([k, v]) => (k === 'text' ? ['textFile', textFile] : [k, v])),
    ) as Source;
  });
  return { file: { ...file, sources }, texts };
}
