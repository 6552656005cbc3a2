import { useEffect, useId, useRef } from 'react';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { MAX_QUERY_LENGTH } from '../../state/url.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { isTypingTarget } from './isTypingTarget.ts';

export function SearchBox() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const query = useTimelineStore((s) => s.query);
  const setQuery = useTimelineStore((s) => s.setQuery);
  const ready = useTimelineStore((s) => s.loadStatus === 'ready');
  const matchCount = useTimelineStore((s) => selectVisibleEvents(s).length);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="search-label">
        Search events
      </label>
      <div className="search-field">
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M7 12.5A5.5 5.5 0 1 0 7 1.5a5.5 5.5 0 0 0 0 11zM11 11l3.5 3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        <input
          ref={inputRef}
          id={id}
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Titles, people, tags, quotes…"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="/"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') {
              // Escape clears the search first; the next Escape may close the event panel.
              e.stopPropagation();
              e.nativeEvent.stopImmediatePropagation();
              setQuery('');
            }
          }}
        />
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {ready && query.trim() !== ''
          ? `${matchCount.toLocaleString('en-US')} matching ${matchCount === 1 ? 'event' : 'events'}`
          : ''}
      </p>
    </div>
  );
}
