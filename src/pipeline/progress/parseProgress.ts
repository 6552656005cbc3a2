/** The part of a stream the progress line needs; process.stderr in the CLI. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ParseProgress {
  /** `done` of the run's articles are parsed (from the cache or fresh); `events` found so far. */
  update(done: number, events: number): void;
  /** A step after the articles, e.g. "merging events across 5,000 articles". */
  step(text: string): void;
  /** Clears the line; call once when the run ends, whatever the outcome. */
  finish(): void;
}

const DELAY_MS = 1_000;
const REDRAW_MS = 100;

/**
 * A one-line progress display on a terminal, e.g.
 * "parse: 1,234 of 5,000 articles · 8,765 events found so far (before merging)".
 * Nothing for a run that ends within a second, and nothing at all when the stream is not a
 * terminal, so logs and pipes stay clean.
 */
export function parseProgress(
  stream: ProgressStream,
  total: number,
  now: () => number = Date.now,
): ParseProgress {
  if (stream.isTTY !== true)
    return { update: () => undefined, step: () => undefined, finish: () => undefined };
  const startedAt = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(done, events) {
      const t = now();
      if (t - startedAt < DELAY_MS || (t - drawnAt < REDRAW_MS && done < total)) return;
      drawnAt = t;
      drawn = true;
      stream.write(`\r\x1b[K${formatParseProgress(done, total, events)}`);
    },
    step(text) {
      if (now() - startedAt < DELAY_MS) return;
      drawn = true;
      stream.write(`\r\x1b[Kparse: ${text}`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

export function formatParseProgress(done: number, total: number, events: number): string {
  const n = (v: number): string => v.toLocaleString('en-US');
  return `parse: ${n(done)} of ${n(total)} articles · ${n(events)} events found so far (before merging)`;
}
