import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  PRECISIONS,
  STATUSES,
  THEMES,
  type Precision,
  type TimelineEvent,
} from '../../../data/eventSchema.ts';
import { useTimelineStore } from '../../../state/timelineStore.ts';
import { THEME_LABELS } from '../../shared/themeLabels.ts';
import {
  buildCurationRequest,
  draftFromEvent,
  type CorrectionDraft,
  type DraftField,
} from './buildCurationRequest.ts';
import { MergePicker } from './MergePicker.tsx';
import { postCuration } from './postCuration.ts';

const PRECISION_LABELS: Record<Precision, string> = {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  unknown: 'Unknown (no date)',
};

type Saving =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

/** The editor's form: every field of the event a person may correct, plus hide and merge. */
export function CorrectEventForm({
  event,
  token,
  onClose,
}: {
  event: TimelineEvent;
  token: string;
  onClose: () => void;
}) {
  const id = useId();
  const events = useTimelineStore((s) => s.events);
  const select = useTimelineStore((s) => s.select);
  const [draft, setDraft] = useState<CorrectionDraft>(() => draftFromEvent(event));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const set = <K extends keyof CorrectionDraft>(key: K, value: CorrectionDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildCurationRequest(event, draft);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    setSaving({ state: 'saving' });
    const result = await postCuration(token, built.request);
    if (!result.ok) {
      setSaving({ state: 'failed', message: result.message });
      return;
    }
    setSaving({ state: 'saved' });
    // The reload after the re-parse keeps the address: point it at what will still exist.
    if (built.request.merge !== undefined) select(built.request.merge.into);
    else if (built.request.edit?.hide === true) select(null);
  };

  const field = (name: DraftField) => `${id}-${name}-error`;
  const invalid = (name: DraftField) =>
    errors[name] === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': field(name) };
  const undated = draft.precision === 'unknown';

  return (
    <form
      className="correct-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        // Escape leaves the form, not the whole panel (the panel's handler checks this).
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Correct this event
      </h3>
      <p className="panel-meta">
        Saved to <code>seeds/curation.json</code>; the pipeline re-runs and the page reloads.
      </p>

      <div className="correct-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          {...invalid('title')}
        />
        <FieldError id={field('title')} message={errors.title} />
      </div>

      <fieldset className="correct-date">
        <legend>Date</legend>
        <div className="correct-field">
          <label htmlFor={`${id}-precision`}>Precision</label>
          <select
            id={`${id}-precision`}
            value={draft.precision}
            onChange={(e) => set('precision', e.target.value as Precision)}
          >
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {PRECISION_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="correct-field">
          <label htmlFor={`${id}-start`}>Start</label>
          <input
            id={`${id}-start`}
            value={undated ? '' : draft.start}
            disabled={undated}
            placeholder="YYYY-MM-DD, YYYY-MM or YYYY"
            inputMode="numeric"
            onChange={(e) => set('start', e.target.value)}
            {...invalid('date')}
          />
        </div>
        <div className="correct-field">
          <label htmlFor={`${id}-end`}>End (optional)</label>
          <input
            id={`${id}-end`}
            value={undated ? '' : draft.end}
            disabled={undated}
            placeholder="for a span"
            inputMode="numeric"
            onChange={(e) => set('end', e.target.value)}
            {...invalid('date')}
          />
        </div>
        <label className="correct-choice">
          <input
            type="checkbox"
            checked={draft.approximate}
            onChange={(e) => set('approximate', e.target.checked)}
          />
          Approximate (“early April”, “later this year”)
        </label>
        <FieldError id={field('date')} message={errors.date} />
      </fieldset>

      <div className="correct-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={draft.status}
          onChange={(e) => set('status', e.target.value as CorrectionDraft['status'])}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]?.toUpperCase()}
              {s.slice(1)}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>Themes</legend>
        {THEMES.map((t) => (
          <label key={t} className="correct-choice">
            <input
              type="checkbox"
              checked={draft.themes.includes(t)}
              onChange={(e) =>
                set(
                  'themes',
                  THEMES.filter((x) => (x === t ? e.target.checked : draft.themes.includes(x))),
                )
              }
            />
            {THEME_LABELS[t]}
          </label>
        ))}
        <FieldError id={field('themes')} message={errors.themes} />
      </fieldset>

      <div className="correct-field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <textarea
          id={`${id}-summary`}
          rows={3}
          value={draft.summary}
          onChange={(e) => set('summary', e.target.value)}
        />
      </div>

      <div className="correct-field">
        <label htmlFor={`${id}-note`}>Note to add</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </div>

      <label className="correct-choice">
        <input
          type="checkbox"
          checked={draft.hide}
          onChange={(e) => set('hide', e.target.checked)}
        />
        Hide this event
      </label>

      <MergePicker
        event={event}
        events={events}
        value={draft.mergeInto}
        onChange={(into) => set('mergeInto', into)}
      />

      <FieldError id={field('form')} message={errors.form} />
      <div className="correct-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={saving.state === 'saving'}
        >
          Save correction
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <p role="status" className="correct-status">
        {saving.state === 'saving' && 'Saving…'}
        {saving.state === 'saved' && 'Saved. Re-parsing the seeds; the page reloads by itself.'}
      </p>
      {saving.state === 'failed' && (
        <p role="alert" className="correct-error">
          {saving.message}
        </p>
      )}
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={id} className="correct-error">
      {message}
    </p>
  );
}
