import { useEffect, useState } from 'react';
import type { Source } from '../../data/eventSchema.ts';
import { loadSourceText } from '../../data/loadSourceText.ts';

export type SourceTextState =
  { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; error: string };

/**
 * The source's text: at once when events.json carries it inline, otherwise fetched from its own
 * file when the article is opened. `retry` asks again after an error.
 */
export function useSourceText(source: Source): { state: SourceTextState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [fetched, setFetched] = useState<{ key: string; state: SourceTextState } | null>(null);
  const { text, textFile } = source;
  const key = `${textFile ?? ''}#${attempt}`;

  useEffect(() => {
    if (text !== undefined || textFile === undefined) return;
    let live = true;
    void loadSourceText(textFile).then((result) => {
      if (!live) return;
      setFetched({
        key,
        state: result.ok
          ? { status: 'ready', text: result.text }
          : { status: 'error', error: result.error },
      });
    });
    return () => {
      live = false;
    };
  }, [text, textFile, key]);

  const retry = () => setAttempt((n) => n + 1);
  if (text !== undefined) return { state: { status: 'ready', text }, retry };
  if (textFile === undefined) {
    return { state: { status: 'error', error: 'This article has no text.' }, retry };
  }
  return { state: fetched?.key === key ? fetched.state : { status: 'loading' }, retry };
}
