import { useId, useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../data/eventSchema.ts';
import { matchesQuery, queryTerms } from '../../../state/selectVisibleEvents.ts';
import { formatEventDate } from '../../shared/formatEventDate.ts';

const SHOWN = 8;

/**
 * "Merge into…": a search over the other events and a radio group of the matches. Radios rather
 * than a custom combobox: arrow keys, Space and screen readers already know what to do with them.
 */
export function MergePicker({
  event,
  events,
  value,
  onChange,
}: {
  event: TimelineEvent;
  events: readonly TimelineEvent[];
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const searchId = useId();
  const name = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    return events.filter((e) => e.id !== event.id && matchesQuery(e, terms)).slice(0, SHOWN);
  }, [events, event.id, query]);
  // The chosen event stays on the list while the editor searches for something else.
  const chosen = value === null ? undefined : events.find((e) => e.id === value);
  const options =
    chosen !== undefined && !matches.includes(chosen) ? [chosen, ...matches] : matches;

  return (
    <fieldset className="correct-merge">
      <legend>Merge into…</legend>
      <label htmlFor={searchId}>Find the event this one is the same as</label>
      <input
        id={searchId}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <div role="radiogroup" aria-label="Event to merge into">
        <label className="correct-choice">
          <input
            type="radio"
            name={name}
            checked={value === null}
            onChange={() => onChange(null)}
          />
          Do not merge
        </label>
        {options.map((e) => (
          <label key={e.id} className="correct-choice">
            <input
              type="radio"
              name={name}
              value={e.id}
              checked={value === e.id}
              onChange={() => onChange(e.id)}
            />
            {e.title} <span className="panel-meta">({formatEventDate(e.date, e.status)})</span>
          </label>
        ))}
      </div>
      {query.trim() !== '' && matches.length === 0 && (
        <p className="panel-meta">No other event matches “{query.trim()}”.</p>
      )}
    </fieldset>
  );
}
