import type { ParseRun } from './runParse.ts';

export interface ReparseOptions {
  /** Events closer together than this are one change. */
  settleMs: number;
  /** Changes whenever anything the parse reads changes (names, sizes, times). */
  fingerprint: () => string;
  parse: () => Promise<ParseRun>;
  /** After the parse that caught up with a change; `tookMs` counts from its first event. */
  onParsed: (result: ParseRun, changed: string[], tookMs: number) => void;
}

/**
 * Turns a watcher's file events into as few parses as keep the output current. An editor that
 * truncates a file and then writes it, or a `git checkout` of twenty articles, is one change and
 * one parse. A parse that read a file mid-write is followed by another, even when the watcher
 * reported the file once, at the truncation (it does, on a busy machine), because the folder's
 * fingerprint before and after the parse differ.
 */
export function coalesceReparses(options: ReparseOptions): (changedFile: string) => void {
  const { settleMs, fingerprint, parse, onParsed } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const changed = new Set<string>();
  let firstEventAt = 0;

  const catchUp = async (): Promise<void> => {
    timer = undefined;
    // A parse is running: its loop below sees the new names when it ends.
    if (running) return;
    running = true;
    try {
      while (changed.size > 0) {
        const names = [...changed];
        const startedAt = firstEventAt;
        changed.clear();
        let before = fingerprint();
        let result = await parse();
        for (let after = fingerprint(); after !== before; after = fingerprint()) {
          before = after;
          result = await parse();
        }
        onParsed(result, names, Date.now() - startedAt);
      }
    } finally {
      running = false;
    }
  };

  return (changedFile) => {
    if (changed.size === 0) firstEventAt = Date.now();
    changed.add(changedFile);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void catchUp(), settleMs);
  };
}
