import { useRef, useState } from 'react';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { serializeUrl } from '../../state/url.ts';

type Outcome = 'idle' | 'copied' | 'shared' | 'failed';

interface ShareButtonProps {
  eventId: string;
  title: string;
  basePath?: string;
}

/**
 * The absolute link that reopens this event with the current filters and window. Always the full
 * view: a link shared from inside an embed is for people, not for another iframe.
 */
export function shareUrlFor(eventId: string, basePath: string): string {
  const state = { ...useTimelineStore.getState(), selectedId: eventId, embed: false };
  return new URL(serializeUrl(state, basePath), window.location.origin).href;
}

export function ShareButton({
  eventId,
  title,
  basePath = import.meta.env.BASE_URL,
}: ShareButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [link, setLink] = useState('');
  const fallbackRef = useRef<HTMLInputElement>(null);

  const share = async () => {
    const url = shareUrlFor(eventId, basePath);
    setLink(url);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        setOutcome('shared');
        return;
      } catch (e) {
        // The reader closed the share sheet: nothing to report, nothing to fall back to.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
      // Let the reader copy it themselves; selecting it saves a step.
      queueMicrotask(() => fallbackRef.current?.select());
    }
  };

  return (
    <div className="share">
      <button type="button" className="button button-primary" onClick={() => void share()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.5-1.5a2.5 2.5 0 0 1 3.5 3.5L10.5 8M9 11.5L7.5 13A2.5 2.5 0 0 1 4 9.5L5.5 8"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        Share
      </button>
      <span className="share-status" role="status" aria-live="polite">
        {outcome === 'copied' ? 'Link copied' : outcome === 'shared' ? 'Link shared' : ''}
        {outcome === 'failed' ? 'Could not copy automatically. Copy the link below.' : ''}
      </span>
      {outcome === 'failed' && (
        <label className="share-fallback">
          <span className="visually-hidden">Link to this event</span>
          <input ref={fallbackRef} type="text" readOnly value={link} />
        </label>
      )}
    </div>
  );
}
