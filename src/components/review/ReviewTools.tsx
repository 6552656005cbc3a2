import { useEffect, useState } from 'react';
import { needsReview } from '../../state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { readCurationToken } from '../panel/correct/readCurationToken.ts';
import { readCurationWarnings } from './readCurationWarnings.ts';

/** Dev page only: the "Needs review (N)" filter, and the curation edits that found no event. */
export function ReviewTools() {
  const [token] = useState(readCurationToken);
  const events = useTimelineStore((s) => s.events);
  const reviewOnly = useTimelineStore((s) => s.reviewOnly);
  const setReviewOnly = useTimelineStore((s) => s.setReviewOnly);
  const [warnings, setWarnings] = useState<string[]>([]);

  useEffect(() => {
    if (token === null) return;
    let live = true;
    void readCurationWarnings(import.meta.env.BASE_URL).then((w) => {
      if (live) setWarnings(w);
    });
    return () => {
      live = false;
    };
  }, [token, events]);

  if (token === null) return null;
  const count = events.filter(needsReview).length;

  return (
    <div className="review-tools">
      <button
        type="button"
        className="theme-toggle"
        aria-pressed={reviewOnly}
        onClick={() => setReviewOnly(!reviewOnly)}
      >
        <span className="theme-toggle-check" aria-hidden="true">
          {reviewOnly ? '✓' : ''}
        </span>
        Needs review ({count.toLocaleString('en-US')})
      </button>
      {warnings.length > 0 && (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>
              {warnings.length === 1
                ? '1 curation edit no longer applies'
                : `${warnings.length.toLocaleString('en-US')} curation edits no longer apply`}
            </strong>{' '}
            (its event is gone from the seeds; fix or remove it in seeds/curation.json):
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
