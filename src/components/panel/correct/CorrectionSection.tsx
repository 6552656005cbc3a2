import { useRef, useState } from 'react';
import type { TimelineEvent } from '../../../data/eventSchema.ts';
import { checkedRequest } from './buildCurationRequest.ts';
import { CorrectEventForm } from './CorrectEventForm.tsx';
import { postCuration } from './postCuration.ts';
import { readCurationToken } from './readCurationToken.ts';
import './correct.css';

/**
 * The dev page's editing tools in the event panel: why the pipeline is unsure of the event,
 * "Mark as checked", and the "Correct this event" form. Nothing without the dev server's token.
 */
export function CorrectionSection({ event }: { event: TimelineEvent }) {
  const [token] = useState(readCurationToken);
  const [open, setOpen] = useState(false);
  const [checkMessage, setCheckMessage] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (token === null) return null;
  const review = event.review ?? [];

  const close = () => {
    setOpen(false);
    setTimeout(() => buttonRef.current?.focus(), 0);
  };
  const markChecked = async () => {
    const result = await postCuration(token, checkedRequest(event));
    setCheckMessage(result.ok ? 'Marked as checked; the page reloads by itself.' : result.message);
  };

  return (
    <section className="correct-section" aria-label="Editing (dev server only)">
      {review.length > 0 && (
        <div className="correct-review">
          <h3>Needs review</h3>
          <ul>
            {review.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void markChecked()}>
            Mark as checked
          </button>
          <p role="status">{checkMessage}</p>
        </div>
      )}
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Correct this event
      </button>
      {open && <CorrectEventForm event={event} token={token} onClose={close} />}
    </section>
  );
}
