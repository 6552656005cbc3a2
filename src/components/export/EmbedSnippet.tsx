import { useId, useRef, useState } from 'react';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { serializeUrl } from '../../state/url.ts';
import { buildEmbedSnippet } from './buildEmbedSnippet.ts';

type Outcome = 'idle' | 'copied' | 'failed';

function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

interface EmbedSnippetProps {
  eventId: string;
  basePath?: string;
}

/**
 * A disclosure under Share with the iframe code for this event in the current view (filters and
 * window), read-only and selectable, and a button that copies it.
 */
export function EmbedSnippet({ eventId, basePath = import.meta.env.BASE_URL }: EmbedSnippetProps) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const regionId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  // A string selector: the code follows filter and zoom changes while open, and a closed
  // disclosure does not re-render as the timeline pans.
  const snippet = useTimelineStore((s) =>
    open
      ? buildEmbedSnippet(
          absoluteUrl(serializeUrl({ ...s, selectedId: eventId, embed: true }, basePath)),
        )
      : '',
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
      textRef.current?.select();
    }
  };

  return (
    <div className="embed-snippet">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => {
          setOpen(!open);
          setOutcome('idle');
        }}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Embed
      </button>
      <div id={regionId} className="embed-snippet-body" hidden={!open}>
        {open && (
          <>
            <label className="embed-snippet-label">
              <span>Embed code: paste it into a web page to show this view</span>
              <textarea
                ref={textRef}
                readOnly
                rows={4}
                value={snippet}
                spellCheck={false}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <div className="embed-snippet-actions">
              <button type="button" className="button" onClick={() => void copy()}>
                Copy embed code
              </button>
              <span className="share-status" role="status" aria-live="polite">
                {outcome === 'copied' ? 'Embed code copied' : ''}
                {outcome === 'failed' ? 'Could not copy automatically. Select the code above.' : ''}
              </span>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
