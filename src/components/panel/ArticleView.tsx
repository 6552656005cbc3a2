import { useEffect, useRef } from 'react';
import type { Mention, Source } from '../../data/eventSchema';
import { formatDay } from '../shared/formatEventDate';

interface ArticleViewProps {
  source: Source;
  mention: Mention;
  onBack: () => void;
}

/** The whole article as plain text, the supporting sentence marked and scrolled into view. */
export function ArticleView({ source, mention, onBack }: ArticleViewProps) {
  const markRef = useRef<HTMLElement>(null);
  const { text } = source;
  const start = Math.min(mention.start, text.length);
  const end = Math.min(Math.max(mention.end, start), text.length);

  useEffect(() => {
    const mark = markRef.current;
    if (mark === null) return;
    mark.focus({ preventScroll: true });
    // jsdom has no scrollIntoView; browsers do.
    if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
  }, [start, end, source.id]);

  return (
    <section className="article-view" aria-labelledby="article-title">
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
      <div className="article-text">
        {text.slice(0, start)}
        <mark ref={markRef} tabIndex={-1}>
          {text.slice(start, end)}
        </mark>
        {text.slice(end)}
      </div>
    </section>
  );
}
