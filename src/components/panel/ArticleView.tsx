import { useLayoutEffect, useRef } from 'react';
import type { Mention, Source } from '../../data/eventSchema.ts';
import { formatDay } from '../shared/formatEventDate.ts';
import { useSourceText } from './useSourceText.ts';

interface ArticleViewProps {
  source: Source;
  mention: Mention;
  onBack: () => void;
}

/**
 * The whole article as plain text, the supporting sentence marked and scrolled into view. The
 * text may arrive later (served in its own file): until then a loading line, on failure an
 * error with a retry.
 */
export function ArticleView({ source, mention, onBack }: ArticleViewProps) {
  const { state, retry } = useSourceText(source);

  return (
    <section
      className="article-view"
      aria-labelledby="article-title"
      aria-busy={state.status === 'loading'}
    >
      <button type="button" className="link-button back" onClick={onBack}>
        <span aria-hidden="true">←</span> Back to event
      </button>
      <h3 id="article-title">{source.title || source.file}</h3>
      <p className="panel-meta">
        {[
          source.outlet,
          source.published !== null ? formatDay(source.published) : null,
          source.file,
        ]
          .filter((v): v is string => typeof v === 'string' && v !== '')
          .join(' · ')}
      </p>
      {state.status === 'loading' ? (
        <p role="status">Loading the article…</p>
      ) : state.status === 'error' ? (
        <div role="alert" className="article-error">
          <p>{state.error}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : state.text.slice(mention.start, mention.end) !== mention.quote &&
        source.text === undefined ? (
        <p role="alert">
          This article&apos;s text no longer holds the quoted sentence where the timeline says it
          is; rebuild the data (npm run parse).
        </p>
      ) : (
        <ArticleText key={source.id} text={state.text} mention={mention} />
      )}
    </section>
  );
}

function ArticleText({ text, mention }: { text: string; mention: Mention }) {
  const markRef = useRef<HTMLElement>(null);
  const start = Math.min(mention.start, text.length);
  const end = Math.min(Math.max(mention.end, start), text.length);

  // At commit, not after paint: the reader lands on the sentence in the same frame it appears.
  useLayoutEffect(() => {
    const mark = markRef.current;
    if (mark === null) return;
    mark.focus({ preventScroll: true });
    // jsdom has no scrollIntoView; browsers do.
    if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
  }, [start, end, text]);

  return (
    <div className="article-text">
      {text.slice(0, start)}
      <mark ref={markRef} tabIndex={-1}>
        {text.slice(start, end)}
      </mark>
      {text.slice(end)}
    </div>
  );
}
