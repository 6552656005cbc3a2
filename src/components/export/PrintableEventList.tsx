import type { Source, TimelineEvent } from '../../data/eventSchema.ts';
import { orderForList } from '../../state/listOrder.ts';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { formatDateRange, formatDay } from '../shared/formatEventDate.ts';
import { PRODUCT_NAME } from '../header/Header.tsx';
import { THEME_LABELS } from '../shared/themeLabels.ts';
import { usePrintRequested } from './usePrintRequested.ts';

const STATUS_LABELS: Record<TimelineEvent['status'], string> = {
  occurred: 'Occurred',
  planned: 'Planned',
  ongoing: 'Ongoing',
};

/**
 * The printout: every filtered event in chronological order with its sources. The screen list is
 * virtualised (only what is scrolled into view exists), so printing needs its own complete list;
 * it is built only while printing, so thousands of events cost nothing on screen.
 */
export function PrintableEventList() {
  const printing = usePrintRequested();
  if (!printing) return null;
  return <PrintedDocument />;
}

function PrintedDocument() {
  const visible = useTimelineStore(selectVisibleEvents);
  const total = useTimelineStore((s) => s.events.length);
  const themes = useTimelineStore((s) => s.themes);
  const query = useTimelineStore((s) => s.query);
  const sourcesById = useTimelineStore((s) => s.sourcesById);
  const ordered = orderForList(visible);

  const filters = [
    themes.length === 3
      ? 'all themes'
      : `themes: ${themes.map((t) => THEME_LABELS[t]).join(', ') || 'none'}`,
    ...(query.trim() === '' ? [] : [`search: “${query.trim()}”`]),
  ];

  return (
    <section className="printable" aria-labelledby="printable-title">
      <h1 id="printable-title">{PRODUCT_NAME}</h1>
      <p className="printable-meta">
        {ordered.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} events (
        {filters.join('; ')}), in chronological order.
      </p>
      {groupByYear(ordered).map(({ year, events }) => (
        <section key={year} className="printable-year" aria-label={year}>
          <h2>{year}</h2>
          {events.map((event) => (
            <PrintedEvent key={event.id} event={event} sourcesById={sourcesById} />
          ))}
        </section>
      ))}
    </section>
  );
}

function PrintedEvent({
  event,
  sourcesById,
}: {
  event: TimelineEvent;
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const date = formatDateRange(event.date) + (event.date.approximate ? ' (approximate)' : '');
  return (
    <article className="printable-event">
      <p className="printable-date">
        {date} · {STATUS_LABELS[event.status]} ·{' '}
        {event.themes.map((t) => THEME_LABELS[t]).join(', ')}
      </p>
      <h3>{event.title}</h3>
      {event.summary !== '' && <p>{event.summary}</p>}
      {event.mentions.length > 0 && (
        <ol className="printable-sources" aria-label="Sources">
          {event.mentions.map((m, i) => {
            const source = sourcesById.get(m.sourceId);
            return (
              <li key={`${m.sourceId}-${m.start}-${i}`}>
                <q>{m.quote}</q> — {m.attributedTo !== undefined && `${m.attributedTo}, `}
                {source === undefined ? (
                  'article unavailable'
                ) : (
                  <>
                    <cite>{source.title || source.file}</cite>
                    {source.published !== null && ` · ${formatDay(source.published)}`}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}

function groupByYear(
  events: readonly TimelineEvent[],
): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.start?.slice(0, 4) ?? 'Date unknown';
    const last = groups[groups.length - 1];
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
